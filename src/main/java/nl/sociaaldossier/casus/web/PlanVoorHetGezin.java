package nl.sociaaldossier.casus.web;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.shared.domain.Datums;

/**
 * The plan for the family as a PDF, in plain Dutch (B1): what the family wants to reach, what is
 * done for it, who does it and by when, when the plan is looked at again, and how the regisseur is
 * reached. Short sentences, no jargon of the wijkteam (no "AVE", "leefgebied", "ZRM").
 */
public final class PlanVoorHetGezin {

    private static final Font TITEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(0, 59, 110));
    private static final Font KOP = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, new Color(0, 59, 110));
    private static final Font TEKST = FontFactory.getFont(FontFactory.HELVETICA, 11, Color.BLACK);
    private static final Font VET = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, Color.BLACK);
    private static final Font KLEIN = FontFactory.getFont(FontFactory.HELVETICA, 9, new Color(60, 60, 60));

    private PlanVoorHetGezin() {
    }

    public static byte[] pdf(CasusDossier d, LocalDate vandaag) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, uit);
        doc.addTitle("Ons plan");
        doc.open();
        String namen = d.leden().stream().map(CasusDossier.Lid::naam).collect(Collectors.joining(", "));
        doc.add(new Paragraph("Ons plan", TITEL));
        doc.add(alinea("Voor: " + namen, VET));
        doc.add(alinea("Dit is het plan dat u samen met het wijkteam heeft gemaakt. Hierin staat wat u wilt bereiken. "
                + "En wat er gebeurt om dat te bereiken: wie wat doet, en wanneer.", TEKST));

        int nummer = 1;
        for (CasusDossier.DoelRegel doel : d.plan().doelen()) {
            doc.add(kop("Doel " + nummer++ + ": " + doel.omschrijving()));
            doc.add(alinea("Dit gaat over: " + doel.leefgebied().toLowerCase(), KLEIN));
            if (doel.acties().isEmpty()) {
                doc.add(alinea("Wat we hiervoor doen, spreken we nog af.", TEKST));
            } else {
                PdfPTable tabel = new PdfPTable(new float[] {4.4f, 3f, 2.6f});
                tabel.setWidthPercentage(100);
                tabel.setSpacingBefore(6);
                tabel.setHeaderRows(1);
                for (String kop : new String[] {"Wat gebeurt er", "Wie doet het", "Klaar op"}) {
                    PdfPCell cel = new PdfPCell(new Phrase(kop, VET));
                    cel.setBackgroundColor(new Color(230, 238, 246));
                    cel.setPadding(5);
                    tabel.addCell(cel);
                }
                for (CasusDossier.ActieRegel actie : doel.acties()) {
                    tabel.addCell(cel(actie.omschrijving()));
                    tabel.addCell(cel(actie.eigenaar()));
                    tabel.addCell(cel(actie.afgerondOp() == null ? Datums.tekst(actie.deadline())
                            : "Klaar (" + Datums.tekst(actie.afgerondOp()) + ")"));
                }
                doc.add(tabel);
            }
        }

        doc.add(kop("Wanneer kijken we samen hoe het gaat?"));
        doc.add(alinea(d.plan().volgendeEvaluatie() == null
                ? "We spreken nog een datum af om samen te bekijken hoe het gaat."
                : "Op " + Datums.tekst(d.plan().volgendeEvaluatie()) + " bekijken we samen hoe het gaat. Dan passen we het plan aan als dat nodig is.",
                TEKST));

        doc.add(kop("Wie is uw vaste contactpersoon?"));
        if (d.regisseur() != null) {
            doc.add(alinea("Uw regisseur is " + d.regisseur() + " van " + d.team() + ". "
                    + "Deze persoon houdt het overzicht en is uw vaste aanspreekpunt.", TEKST));
            doc.add(alinea("Bellen kan op " + telefoon(d) + ". Vraag dan naar " + d.regisseur() + ".", TEKST));
        } else {
            doc.add(alinea("Uw contactpersoon is iemand van " + d.team() + ". Bellen kan op " + telefoon(d) + ".", TEKST));
        }
        doc.add(alinea("Klopt er iets niet in dit plan? Of wilt u iets veranderen? Zeg het tegen uw contactpersoon.", TEKST));

        Paragraph voet = alinea("Versie " + d.plan().versie() + " van het plan, afgedrukt op " + Datums.tekst(vandaag) + ". "
                + "Dit plan is persoonlijk: bewaar het goed.", KLEIN);
        voet.setSpacingBefore(18);
        voet.setAlignment(Element.ALIGN_LEFT);
        doc.add(voet);
        doc.close();
        return uit.toByteArray();
    }

    private static String telefoon(CasusDossier d) {
        return d.teamTelefoon() == null ? "14 0546 (gemeente Almelo)" : d.teamTelefoon();
    }

    private static Paragraph kop(String tekst) {
        Paragraph p = new Paragraph(tekst, KOP);
        p.setSpacingBefore(14);
        p.setSpacingAfter(2);
        return p;
    }

    private static Paragraph alinea(String tekst, Font font) {
        Paragraph p = new Paragraph(new Chunk(tekst, font));
        p.setSpacingBefore(4);
        p.setLeading(font.getSize() * 1.4f);
        return p;
    }

    private static PdfPCell cel(String tekst) {
        PdfPCell cel = new PdfPCell(new Phrase(tekst, TEKST));
        cel.setPadding(5);
        return cel;
    }
}
