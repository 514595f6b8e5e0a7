package nl.dichtbij.programma;

/** A project with its latest monthly report (null when it has not reported yet). */
public record Projectstand(Project project, Maandrapportage laatste) {
}
