package nl.dichtbij.programma;

/** A monthly report as typed in the form or sent to the service; every field may be missing. */
public record NieuweRapportage(Integer jaar, Integer maand, Stoplicht resultaten, Stoplicht planning, Stoplicht financien,
                               Stoplicht personeel, String behaaldeResultaten, String knelpunten, String maatregelen) {
}
