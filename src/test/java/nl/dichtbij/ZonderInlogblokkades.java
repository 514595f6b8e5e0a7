package nl.dichtbij;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test class starts without login blocks. The test clock stands still, so five failed attempts at its moment would
 * never expire and would refuse that account in every later class of the run (seen in CI as 429 for beleid).
 */
public class ZonderInlogblokkades implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(JdbcClient.class).sql("delete from mislukte_inlog").update();
    }
}
