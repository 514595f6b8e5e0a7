package nl.dichtbij;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Dichtbij", sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class DichtbijApplication {

    public static void main(String[] args) {
        SpringApplication.run(DichtbijApplication.class, args);
    }
}
