package nl.dichtbij.berichten.internal;

import java.util.Optional;

import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.berichten.xml.Knoop;

import org.springframework.stereotype.Component;

/** Links a product in a start or stop message to its toewijzing (TR019): same number, client, provider, product and ingangsdatum. */
@Component
class Koppeling {

    private final Toewijzingen toewijzingen;

    Koppeling(Toewijzingen toewijzingen) {
        this.toewijzingen = toewijzingen;
    }

    Optional<Toewijzing> toewijzing(Ontvangen bericht, String bsn, Knoop product) {
        Long nummer = product.getal("ToewijzingNummer");
        if (nummer == null) {
            return Optional.empty();
        }
        return toewijzingen.metNummer(bericht.gemeente(), bericht.soort().standaard(), nummer)
                .filter(t -> t.persoonBsn().equals(bsn) && t.aanbiederAgb().equals(bericht.afzender()))
                .filter(t -> product.pad("Product") == null || (t.productcategorie().equals(product.waarde("Product/Categorie"))
                        && java.util.Objects.equals(t.productcode(), product.waarde("Product/Code"))))
                .filter(t -> product.datum("ToewijzingIngangsdatum") == null || t.ingangsdatum().equals(product.datum("ToewijzingIngangsdatum")));
    }
}
