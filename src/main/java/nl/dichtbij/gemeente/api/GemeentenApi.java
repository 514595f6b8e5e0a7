package nl.dichtbij.gemeente.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.dichtbij.gemeente.Gemeente;
import nl.dichtbij.gemeente.Gemeenten;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gemeenten")
@Tag(name = "Gemeenten", description = "De gemeenten op deze installatie")
class GemeentenApi {

    private final Gemeenten gemeenten;

    GemeentenApi(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    @GetMapping
    @Operation(summary = "Alle gemeenten", description = "CBS-code, naam en regio.")
    List<Gemeente> alle() {
        return gemeenten.alle();
    }
}
