package nl.dichtbij.programma;

/** A project of the programme, with its goals and planned results (text, one item a line). */
public record Project(long id, String gemeenteCode, String code, String naam, String doelen, String beoogdeResultaten) {
}
