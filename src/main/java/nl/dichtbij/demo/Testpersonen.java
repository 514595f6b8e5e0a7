package nl.dichtbij.demo;

import java.time.LocalDate;

/**
 * The fixed test persona of the demo: Tom de Wit and his mother Sanne in Woerden, and Sanne's
 * father Henk, who lives on his own and has authorised her as his mantelzorger.
 */
public final class Testpersonen {

    public static final String TOM_BSN = "999900006";
    public static final LocalDate TOM_GEBOORTEDATUM = LocalDate.of(2010, 2, 14);
    public static final String OUDER_BSN = "999900018";
    public static final String OUDER_NAAM = "Sanne de Wit";
    public static final LocalDate OUDER_GEBOORTEDATUM = LocalDate.of(1979, 6, 3);

    public static final String GROOTVADER_BSN = "999900031";
    public static final String GROOTVADER_NAAM = "Henk de Wit";
    public static final LocalDate GROOTVADER_GEBOORTEDATUM = LocalDate.of(1944, 9, 20);

    private Testpersonen() {
    }
}
