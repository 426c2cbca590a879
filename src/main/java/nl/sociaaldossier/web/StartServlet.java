package nl.sociaaldossier.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The bare address of the app ("/") sends the browser on to the start page. The login then returns
 * to a real page: after the OpenID Connect callback the restored request for "/" itself would not
 * be mapped to the welcome page.
 */
@WebServlet("")
public class StartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
