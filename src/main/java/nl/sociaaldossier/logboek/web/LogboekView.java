package nl.sociaaldossier.logboek.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.logboek.LogboekInzage;
import nl.sociaaldossier.web.Acties;

/** The privacy officer's search in the Logboek dataverwerkingen, with the register of verwerkingsactiviteiten. */
@Named
@ViewScoped
public class LogboekView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LogboekInzage inzage;

    private String bsn;
    private String gebruiker;
    private LocalDate van;
    private LocalDate tot;
    private String activiteit;
    private List<LogboekInzage.Regel> regels;
    private List<LogboekInzage.Verwerkingsactiviteit> register;

    public void laad() {
        register = inzage.register();
    }

    public void zoek() {
        regels = Acties.resultaat(() -> inzage.zoek(bsn, gebruiker, van, tot, activiteit));
    }

    public boolean isVol() {
        return regels != null && regels.size() >= LogboekInzage.MAXIMUM;
    }

    public List<LogboekInzage.Regel> getRegels() {
        return regels;
    }

    public List<LogboekInzage.Verwerkingsactiviteit> getRegister() {
        return register;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    public void setGebruiker(String gebruiker) {
        this.gebruiker = gebruiker;
    }

    public LocalDate getVan() {
        return van;
    }

    public void setVan(LocalDate van) {
        this.van = van;
    }

    public LocalDate getTot() {
        return tot;
    }

    public void setTot(LocalDate tot) {
        this.tot = tot;
    }

    public String getActiviteit() {
        return activiteit;
    }

    public void setActiviteit(String activiteit) {
        this.activiteit = activiteit;
    }
}
