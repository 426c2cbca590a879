package nl.sociaaldossier.household.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.sociaaldossier.organisation.domain.Wijk;
import nl.sociaaldossier.shared.domain.DomainException;

/** A household: the "gezin" of één gezin, één plan, één regisseur. It lives at one address in one wijk. */
@Entity
public class Huishouden {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Embedded
    private Adres adres;

    @ManyToOne(optional = false)
    @JoinColumn(name = "wijk_id")
    private Wijk wijk;

    @OneToMany(mappedBy = "huishouden", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("volgnummer")
    private List<Gezinslid> leden = new ArrayList<>();

    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;

    protected Huishouden() {
        // for JPA
    }

    public Huishouden(Adres adres, Wijk wijk, Instant aangemaaktOp) {
        DomainException.vereis(adres != null, "Vul het adres in.");
        DomainException.vereis(wijk != null, "Kies de wijk.");
        this.adres = adres;
        this.wijk = wijk;
        this.aangemaaktOp = Objects.requireNonNull(aangemaaktOp);
    }

    /** Adds a member; a BSN appears at most once in a household. */
    public Gezinslid voegLidToe(String voornaam, String achternaam, LocalDate geboortedatum, Bsn bsn, LocalDate vandaag) {
        DomainException.vereis(bsn != null, "Vul het BSN in.");
        DomainException.vereis(leden.stream().noneMatch(lid -> lid.bsn().equals(bsn)),
                "BSN " + bsn.nummer() + " staat al bij een ander lid van dit huishouden.");
        Gezinslid lid = new Gezinslid(this, leden.size() + 1, voornaam, achternaam, geboortedatum, bsn, vandaag);
        leden.add(lid);
        return lid;
    }

    public Long id() {
        return id;
    }

    public Adres adres() {
        return adres;
    }

    public Wijk wijk() {
        return wijk;
    }

    public List<Gezinslid> leden() {
        return Collections.unmodifiableList(leden);
    }
}
