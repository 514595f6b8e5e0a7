package nl.dichtbij.sturing.internal;

import java.time.Clock;
import java.util.List;

import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Woonadres;
import nl.dichtbij.platform.demo.DemoVooraf;
import nl.dichtbij.platform.demo.Demodeel;
import nl.dichtbij.sturing.Bron;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo provisions, once per municipality, after the demo population: Woerden calibrated on its
 * 2017 stacking figures (domain.md §5), Montfoort a proportional set with its own seed. Written as soon as the
 * population is there, beside the demo parts before this one ({@link DemoVooraf}); its step waits for it.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class SturingDemoData implements Demodeel, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SturingDemoData.class);
    static final int JAAR = 2017;

    private final PersonenRegister register;
    private final Opslag opslag;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final DemoVooraf vooraf;
    private DemoVooraf.Taak taak;

    SturingDemoData(PersonenRegister register, Opslag opslag, TransactionTemplate transactie, Clock clock, DemoVooraf vooraf) {
        this.register = register;
        this.opslag = opslag;
        this.transactie = transactie;
        this.clock = clock;
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
        if (opslag.heeftBron(gemeente, Bron.DEMO)) {
            return;
        }
        long start = System.nanoTime();
        List<Woonadres> adressen = register.woonadressen(gemeente);
        if (adressen.isEmpty()) {
            return;
        }
        List<Opslag.Rij> rijen = new Stapelingsdemo(gemeente, JAAR, seed).genereer(adressen, schaal);
        transactie.executeWithoutResult(status -> opslag.opslaan(rijen, clock.instant()));
        log.info("Demovoorzieningen {}: {} voorzieningen bij {} huishoudens ({} ms)", gemeente, rijen.size(), adressen.size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
