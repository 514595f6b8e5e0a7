package nl.dichtbij.aanbod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.platform.istandaarden.IStandaarden;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products, code lists and contracted providers. */
@Service
public class Aanbod {

    /** Where each list lives in an iStandaarden folder (iJw 3.2 and iWmo 3.2). */
    static final Map<String, String> BRONNEN = Map.of(
            "WMO020", "iwmo-3.2/codelijsten/WMO020_Productcategorie.md",
            "JZ020", "ijw-3.2/codelijsten/JZ020_Productcategorie",
            "WJ756", "ijw-3.2/codelijsten/WJ756_Eenheid.md",
            "WMO757", "ijw-3.2/codelijsten/WMO757_Frequentie.md",
            "JZ002", "ijw-3.2/codelijsten/JZ002_Reden_wijziging_toewijzing.md",
            "JZ588", "ijw-3.2/codelijsten/JZ588_Reden_beeindiging.md",
            "WJ758", "ijw-3.2/codelijsten/WJ758_Reden_verzoek.md",
            "WJ759", "ijw-3.2/codelijsten/WJ759_Reden_afwijzing_verzoek.md");

    private static final Pattern REGEL = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|\\s*([^|]+?)\\s*\\|");
    private static final String PRODUCT = """
            select p.id, p.gemeente_code, p.wet, p.categorie, c.omschrijving as categorie_omschrijving, p.code, p.omschrijving
            from product p left join codelijst c on c.code = p.categorie and c.lijst = p.categorie_lijst\s""";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    Aanbod(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Code> codelijst(String lijst) {
        return jdbc.sql("select lijst, code, omschrijving from codelijst where lijst = ? and actief = true order by code")
                .param(lijst).query(Code.class).list();
    }

    public Optional<Code> code(String lijst, String code) {
        return jdbc.sql("select lijst, code, omschrijving from codelijst where lijst = ? and code = ? and actief = true")
                .params(lijst, code).query(Code.class).optional();
    }

    /** An omvang in words, e.g. "3 uur per week", from the code lists WJ756 (eenheid) and WMO757 (frequentie); null without a volume. */
    public String omvang(Integer volume, String eenheid, String frequentie) {
        if (volume == null) {
            return null;
        }
        String per = frequentie == null ? "" : code("WMO757", frequentie).map(c -> " " + c.omschrijving().toLowerCase()).orElse(" frequentie " + frequentie);
        String wat = eenheid == null ? "" : code("WJ756", eenheid).map(c -> " " + c.omschrijving().toLowerCase()).orElse(" eenheid " + eenheid);
        return volume + wat + per;
    }

    public List<Product> producten(String gemeenteCode, Wet wet) {
        return jdbc.sql(PRODUCT + "where p.gemeente_code = ? and p.wet = ? and p.actief = true order by p.code")
                .params(gemeenteCode, wet.name()).query(Product.class).list();
    }

    public List<Product> producten(String gemeenteCode) {
        return jdbc.sql(PRODUCT + "where p.gemeente_code = ? and p.actief = true order by p.wet, p.code")
                .param(gemeenteCode).query(Product.class).list();
    }

    public Optional<Product> product(String gemeenteCode, String productcode) {
        return jdbc.sql(PRODUCT + "where p.gemeente_code = ? and p.code = ? and p.actief = true")
                .params(gemeenteCode, productcode).query(Product.class).optional();
    }

    /** The contracted providers for a product that are in the register today: an ended provider takes no new clients. */
    public List<Aanbieder> aanbiedersVoor(Product product) {
        return aanbiedersVoor(product, java.time.LocalDate.now(clock));
    }

    /**
     * The providers with a contract ({@link Contracten}) for the product in the municipality that runs on that day, and that
     * are in the register on that day (registered by then, not ended yet).
     */
    public List<Aanbieder> aanbiedersVoor(Product product, java.time.LocalDate op) {
        return jdbc.sql("""
                        select distinct a.id, a.agb_code, a.naam from aanbieder a join inkoopcontract k on k.aanbieder_id = a.id
                        join contract_gemeente g on g.contract_id = k.id and g.gemeente_code = ?
                        join contract_product p on p.contract_id = k.id and p.productcode = ?
                        where k.wet = ? and k.ingangsdatum <= ? and (k.einddatum is null or k.einddatum >= ?)
                          and (a.beeindigd_per is null or a.beeindigd_per > ?) and (a.ingeschreven_vanaf is null or a.ingeschreven_vanaf <= ?)
                        order by a.naam""")
                .params(product.gemeenteCode(), product.code(), product.wet().name(), op, op, op, op)
                .query(Aanbieder.class).list();
    }

    /** The providers in the register today (registered, not ended): whom a resident may still choose to share with. */
    public List<Aanbieder> aanbieders() {
        java.time.LocalDate vandaag = java.time.LocalDate.now(clock);
        return jdbc.sql("""
                        select id, agb_code, naam from aanbieder
                        where (beeindigd_per is null or beeindigd_per > ?) and (ingeschreven_vanaf is null or ingeschreven_vanaf <= ?)
                        order by naam""").params(vandaag, vandaag).query(Aanbieder.class).list();
    }

    public Optional<Aanbieder> aanbiederMetAgb(String agbCode) {
        return jdbc.sql("select id, agb_code, naam from aanbieder where agb_code = ?").param(agbCode).query(Aanbieder.class).optional();
    }

    public Optional<Aanbieder> aanbieder(long id) {
        return jdbc.sql("select id, agb_code, naam from aanbieder where id = ?").param(id).query(Aanbieder.class).optional();
    }

    /**
     * Functional management adds a product the municipality grants. Under the Jeugdwet and the Wmo the product belongs to a
     * category of the law's code list (JZ020, WMO020); under the other laws it has none. The product code is the
     * municipality's own and unique within it.
     */
    @Transactional
    public Product productToevoegen(String gemeenteCode, Wet wet, String categorie, String code, String omschrijving) {
        Map<String, String> fouten = new java.util.LinkedHashMap<>();
        if (gemeenteCode == null || !gemeenteCode.matches("\\d{4}")) {
            fouten.put("gemeente", "De gemeentecode heeft vier cijfers.");
        }
        if (wet == null) {
            fouten.put("wet", "Kies de wet.");
        } else if (wet.productcategorieLijst() == null ? categorie != null : categorie == null || !categorie.matches("\\d{2}")) {
            fouten.put("categorie", wet.productcategorieLijst() == null ? "Een product onder de " + wet.label() + " heeft geen productcategorie."
                    : "Kies een productcategorie van twee cijfers uit " + wet.productcategorieLijst() + ".");
        }
        if (code == null || !code.matches("[A-Z0-9]{2,10}")) {
            fouten.put("code", "Een productcode heeft 2 tot 10 hoofdletters of cijfers.");
        } else if (gemeenteCode != null && product(gemeenteCode, code).isPresent()) {
            fouten.put("code", "De gemeente heeft al een product " + code + ".");
        }
        if (omschrijving == null || omschrijving.isBlank() || omschrijving.length() > 300) {
            fouten.put("omschrijving", "Vul de omschrijving in (hoogstens 300 tekens).");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("insert into product (gemeente_code, wet, categorie_lijst, categorie, code, omschrijving, actief) values (?, ?, ?, ?, ?, ?, true)")
                .params(gemeenteCode, wet.name(), wet.productcategorieLijst(), categorie, code, omschrijving.strip()).update();
        return product(gemeenteCode, code).orElseThrow();
    }

    /**
     * Refreshes the code lists from an iStandaarden release (the bundled copy or a folder): new
     * codes are added, changed descriptions updated, codes that disappeared are switched off
     * (never deleted: old decisions keep pointing at them). Returns the number of codes read.
     */
    @Transactional
    public int importeer(IStandaarden istandaarden) throws IOException {
        // All present before anything changes: a checked exception does not roll the transaction back.
        for (Map.Entry<String, String> bron : BRONNEN.entrySet()) {
            if (!istandaarden.bevat(bron.getValue())) {
                throw new IOException("Codelijst " + bron.getKey() + " niet gevonden: " + bron.getValue() + " staat niet in " + istandaarden.bron());
            }
        }
        int gelezen = 0;
        for (Map.Entry<String, String> bron : BRONNEN.entrySet()) {
            String tekst = new String(istandaarden.lees(bron.getValue()), StandardCharsets.UTF_8);
            jdbc.sql("update codelijst set actief = false where lijst = ?").param(bron.getKey()).update();
            for (String regel : tekst.lines().toList()) {
                Matcher m = REGEL.matcher(regel);
                if (m.find()) {
                    gelezen++;
                    int bijgewerkt = jdbc.sql("update codelijst set omschrijving = ?, actief = true where lijst = ? and code = ?")
                            .params(m.group(2), bron.getKey(), m.group(1)).update();
                    if (bijgewerkt == 0) {
                        jdbc.sql("insert into codelijst (lijst, code, omschrijving, actief) values (?, ?, ?, true)")
                                .params(bron.getKey(), m.group(1), m.group(2)).update();
                    }
                }
            }
        }
        return gelezen;
    }
}
