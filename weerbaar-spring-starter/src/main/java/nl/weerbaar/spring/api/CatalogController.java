package nl.weerbaar.spring.api;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.core.catalog.MeasureQuery;
import nl.weerbaar.core.catalog.Measures;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.spring.api.ApiModels.CatalogInfo;
import nl.weerbaar.spring.api.ApiModels.MeasureView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The catalog as the calling gemeente follows it (its overlays applied).
 */
@RestController
@RequestMapping("/api/weerbaar/catalog")
public class CatalogController {

    private final TenantCatalogs catalogs;
    private final CallerTenant caller;
    private final Locale locale;

    public CatalogController(TenantCatalogs catalogs, CallerTenant caller, Locale locale) {
        this.catalogs = catalogs;
        this.caller = caller;
        this.locale = locale;
    }

    @GetMapping
    public CatalogInfo catalog() {
        EffectiveCatalog catalog = catalogs.forTenant(caller.require());
        return CatalogInfo.of(catalog.catalog(), catalog.measures().size());
    }

    @GetMapping("/measures")
    public List<MeasureView> measures(@RequestParam(required = false) String pillar,
                                      @RequestParam(required = false) String phase,
                                      @RequestParam(required = false) String party,
                                      @RequestParam(required = false) String mostCrucial) {
        Measures measures = catalogs.forTenant(caller.require()).asMeasures();
        MeasureQuery query = MeasureQuery.all().withPillar(pillar(pillar)).withPhase(phase(phase)).withParty(party)
                .withMostCrucial(bool(mostCrucial));
        return measures.query(query).stream().map(m -> MeasureView.of(m, locale)).toList();
    }

    @GetMapping("/measures/{ref}")
    public MeasureView measure(@PathVariable String ref) {
        return catalogs.forTenant(caller.require()).find(ref).map(m -> MeasureView.of(m.measure(), locale))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "Maatregel " + ref
                        + " bestaat niet in de catalogus."));
    }

    private static Integer pillar(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Parameter 'pillar' moet een pijlernummer zijn (1-6),"
                    + " niet '" + value + "'.");
        }
    }

    private static Phase phase(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(Phase.values()).filter(p -> p.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "Parameter 'phase' moet een van "
                        + Arrays.stream(Phase.values()).map(Phase::name).collect(Collectors.joining(", "))
                        + " zijn, niet '" + value + "'."));
    }

    private static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "Parameter 'mostCrucial' moet true of false"
                    + " zijn, niet '" + value + "'.");
        };
    }
}
