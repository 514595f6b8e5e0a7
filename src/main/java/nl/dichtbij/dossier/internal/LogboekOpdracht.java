package nl.dichtbij.dossier.internal;

import java.util.List;

import nl.dichtbij.dossier.Logboek;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The commands on the access log: {@code java -jar dichtbij.jar --dichtbij.opdracht=logboek-controleren} walks every
 * municipality's chain and its anchors; {@code --dichtbij.opdracht=logboek-verzegelen} (once, after upgrading from the
 * unkeyed chain) seals an intact old chain with the key. Prints the result and exits with 0 (intact) or 1 (broken).
 */
@Component
@Order(Integer.MAX_VALUE)
@ConditionalOnExpression("'${dichtbij.opdracht:}' == 'logboek-controleren' or '${dichtbij.opdracht:}' == 'logboek-verzegelen'")
class LogboekOpdracht implements ApplicationRunner {

    private final Logboek logboek;
    private final ApplicationContext context;

    private final boolean verzegelen;

    LogboekOpdracht(Logboek logboek, ApplicationContext context, @Value("${dichtbij.opdracht}") String opdracht) {
        this.logboek = logboek;
        this.context = context;
        this.verzegelen = opdracht.equals("logboek-verzegelen");
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Logboek.Controle> controles = verzegelen ? logboek.verzegelAlles() : logboek.controleerAlles();
        controles.forEach(c -> System.out.println("Logboek " + c.gemeenteCode() + ": " + (c.intact() ? "INTACT" : "VERBROKEN") + " — " + c.uitleg()));
        boolean intact = controles.stream().allMatch(Logboek.Controle::intact);
        int code = SpringApplication.exit(context, (ExitCodeGenerator) () -> intact ? 0 : 1);
        System.exit(code);
    }
}
