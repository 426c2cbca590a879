package nl.sociaaldossier.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Public readiness check: 200 "OK" when the application is deployed and its database answers,
 * 503 otherwise. Used by the launcher, the tests and container health checks.
 */
@WebServlet("/status")
public class StatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = Database.JNDI_NAAM)
    private transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection verbinding = dataSource.getConnection()) {
            boolean ok = verbinding.isValid(2);
            response.setStatus(ok ? 200 : 503);
            response.getWriter().print(ok ? "OK" : "DATABASE ONBEREIKBAAR");
        } catch (SQLException e) {
            response.setStatus(503);
            response.getWriter().print("DATABASE ONBEREIKBAAR");
        }
    }
}
