package nl.dichtbij.dossier.internal;

import java.util.List;

import nl.dichtbij.dossier.Logboek;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command that verifies the access log: {@code java -jar dichtbij.jar --dichtbij.opdracht=logboek-controleren}.
 * Walks every municipality's hash chain, prints the result and exits with 0 (intact) or 1 (broken).
 */
@Component
@Order(Integer.MAX_VALUE)
@ConditionalOnProperty(name = "dichtbij.opdracht", havingValue = "logboek-controleren")
class LogboekOpdracht implements ApplicationRunner {

    private final Logboek logboek;
    private final ApplicationContext context;

    LogboekOpdracht(Logboek logboek, ApplicationContext context) {
        this.logboek = logboek;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Logboek.Controle> controles = logboek.controleerAlles();
        controles.forEach(c -> System.out.println("Logboek " + c.gemeenteCode() + ": " + (c.intact() ? "INTACT" : "VERBROKEN") + " — " + c.uitleg()));
        boolean intact = controles.stream().allMatch(Logboek.Controle::intact);
        int code = SpringApplication.exit(context, (ExitCodeGenerator) () -> intact ? 0 : 1);
        System.exit(code);
    }
}
