package nl.dichtbij.platform.api;

import java.util.List;
import java.util.function.Function;

import nl.dichtbij.platform.Pagina;

/** One page of a list in the API. */
public record PaginaResource<T>(List<T> inhoud, int pagina, int paginaGrootte, long totaal, int aantalPaginas) {

    public static <S, T> PaginaResource<T> van(Pagina<S> pagina, Function<S, T> omzetting) {
        return new PaginaResource<>(pagina.inhoud().stream().map(omzetting).toList(), pagina.pagina(), pagina.grootte(),
                pagina.totaal(), pagina.aantalPaginas());
    }
}
