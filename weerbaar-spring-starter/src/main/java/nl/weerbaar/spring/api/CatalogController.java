package nl.weerbaar.spring.api;

import nl.weerbaar.bpmn.catalog.TenantCatalogs;
import nl.weerbaar.core.catalog.MeasureQuery;
import nl.weerbaar.core.catalog.Party;
import nl.weerbaar.core.catalog.Phase;
import nl.weerbaar.core.catalog.Pillar;
import nl.weerbaar.core.overlay.EffectiveCatalog;
import nl.weerbaar.spring.api.ApiModels.CatalogInfo;
import nl.weerbaar.spring.api.ApiModels.MeasureView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalog as the calling gemeente follows it (its overlays applied).
 */
@RestController
@RequestMapping(path = WeerbaarApi.V1 + "/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
public class CatalogController {

    /** A measure's ref as the catalog format allows it, e.g. {@code 2.3}. */
    static final Pattern REF = Pattern.compile("^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$");

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
    public List<MeasureView> measures(@RequestParam(name = "pillar", required = false) String pillar,
                                      @RequestParam(name = "phase", required = false) String phase,
                                      @RequestParam(name = "party", required = false) String party,
                                      @RequestParam(name = "mostCrucial", required = false) String mostCrucial) {
        EffectiveCatalog catalog = catalogs.forTenant(caller.require());
        MeasureQuery query = MeasureQuery.all().withPillar(pillar(catalog, pillar)).withPhase(phase(phase))
                .withParty(party(catalog, party)).withMostCrucial(bool(mostCrucial));
        return catalog.asMeasures().query(query).stream().map(m -> MeasureView.of(m, locale)).toList();
    }

    @GetMapping("/measures/{ref}")
    public MeasureView measure(@PathVariable("ref") String ref) {
        String tenant = caller.require();
        return catalogs.forTenant(tenant).find(validRef(ref)).map(m -> MeasureView.of(m.measure(), locale))
                .orElseThrow(() -> unknownMeasure(ref));
    }

    /** The ref when it is one as the catalog format allows, else 400. */
    static String validRef(String ref) {
        if (!REF.matcher(ref).matches()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + ref + "' is geen maatregelnummer; een nummer is"
                    + " bijvoorbeeld 2.3.");
        }
        return ref;
    }

    static ApiException unknownMeasure(String ref) {
        return new ApiException(HttpStatus.NOT_FOUND, "Maatregel " + ref + " bestaat niet in de catalogus.");
    }

    private static Integer pillar(EffectiveCatalog catalog, String value) {
        if (value == null) {
            return null;
        }
        String numbers = catalog.catalog().pillars().stream().map(p -> String.valueOf(p.number()))
                .collect(Collectors.joining(", "));
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Parameter 'pillar' moet een pijlernummer zijn ("
                    + range(catalog) + "), niet '" + value + "'.");
        }
        if (catalog.catalog().findPillar(number).isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Parameter 'pillar': pijler " + number + " bestaat niet;"
                    + " de catalogus kent de pijlers " + numbers + ".");
        }
        return number;
    }

    private static String range(EffectiveCatalog catalog) {
        List<Pillar> pillars = catalog.catalog().pillars();
        return pillars.isEmpty() ? "geen" : pillars.get(0).number() + "-" + pillars.get(pillars.size() - 1).number();
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

    private static String party(EffectiveCatalog catalog, String value) {
        if (value == null) {
            return null;
        }
        String code = value.strip();
        if (catalog.parties().stream().noneMatch(p -> p.code().equals(code))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Parameter 'party': partij '" + value + "' komt niet voor"
                    + " in de catalogus; bekend zijn " + catalog.parties().stream().map(Party::code)
                    .collect(Collectors.joining(", ")) + ".");
        }
        return code;
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
