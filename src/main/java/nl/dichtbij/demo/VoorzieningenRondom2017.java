package nl.dichtbij.demo;

import java.util.List;

import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Woonadres;
import nl.dichtbij.sturing.Voorzieningovername;
import nl.dichtbij.sturing.Voorzieningovername.OvergenomenVoorziening;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The provisions of the years around 2017, once per municipality, after the demo population, taken over as from the
 * previous systems ({@link Voorzieningovername}): Woerden calibrated on its 2017 stacking figures (domain.md §5), Montfoort
 * a proportional set with its own seed. Written as soon as the population is there, beside the demo parts before this one
 * ({@link DemoVooraf}); its step waits for it.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class VoorzieningenRondom2017 implements Demodeel, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(VoorzieningenRondom2017.class);
    static final int JAAR = 2017;

    private final PersonenRegister register;
    private final Voorzieningovername overname;
    private final DemoVooraf vooraf;
    private DemoVooraf.Taak taak;

    VoorzieningenRondom2017(PersonenRegister register, Voorzieningovername overname, DemoVooraf vooraf) {
        this.register = register;
        this.overname = overname;
        this.vooraf = vooraf;
    }

    @Override
    public void afterPropertiesSet() {
        taak = vooraf.naBevolking("demo-voorzieningen", () -> {
            genereer("0632", 632, 1.0);
            genereer("0335", 335, 0.28);
        });
    }

    @Override
    public String naam() {
        return "voorzieningen";
    }

    @Override
    public void vullen() {
        taak.wacht();
    }

    private void genereer(String gemeente, long seed, double schaal) {
        if (overname.overgenomen(gemeente)) {
            return;
        }
        long start = System.nanoTime();
        List<Woonadres> adressen = register.woonadressen(gemeente);
        if (adressen.isEmpty()) {
            return;
        }
        List<OvergenomenVoorziening> rijen = new Stapelingsdemo(JAAR, seed).genereer(adressen, schaal);
        overname.overnemen(gemeente, rijen, "demo");
        log.info("Demovoorzieningen {}: {} voorzieningen bij {} huishoudens ({} ms)", gemeente, rijen.size(), adressen.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
