package nl.dichtbij.toegang;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One case per household, whoever in it asked: "1 huishouden, 1 plan, 1 regisseur". */
@Table("zaak")
public class Zaak {

    @Id
    private Long id;
    @Version
    private Long versie;
    private String gemeenteCode;
    private long huishoudenId;
    private long leadTeamId;
    private String contactpersoon;
    private String contactpersoonNaam;
    private boolean open;
    private Instant geopendOp;

    Zaak() {
    }

    static Zaak openen(String gemeenteCode, long huishoudenId, long leadTeamId, Instant nu) {
        Zaak zaak = new Zaak();
        zaak.gemeenteCode = gemeenteCode;
        zaak.huishoudenId = huishoudenId;
        zaak.leadTeamId = leadTeamId;
        zaak.open = true;
        zaak.geopendOp = nu;
        return zaak;
    }

    /** The professional who did the intake stays the resident's contact person. */
    void contactpersoon(String gebruikersnaam, String naam) {
        contactpersoon = gebruikersnaam;
        contactpersoonNaam = naam;
    }

    public Long id() { return id; }
    public String gemeenteCode() { return gemeenteCode; }
    public long huishoudenId() { return huishoudenId; }
    public long leadTeamId() { return leadTeamId; }
    public String contactpersoon() { return contactpersoon; }
    public String contactpersoonNaam() { return contactpersoonNaam; }
    public boolean isOpen() { return open; }
    public Instant geopendOp() { return geopendOp; }
}
