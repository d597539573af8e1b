package org.citizenshop.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.citizenshop.application.ServiceFinder;
import org.citizenshop.web.i18n.Texts;
import org.citizenshop.web.problem.Problem;
import org.citizenshop.web.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue: services, life events and the service finder. No login needed. */
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Services, life events, and the service finder")
public class CatalogueResource {

    @Inject
    ServiceFinder finder;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("/services")
    @Operation(summary = "Every service of the catalogue, with its channels, fee and what to bring")
    public List<CatalogueJson.Service> services(@QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        return finder.services().stream()
                .map(service -> CatalogueJson.Service.of(service, locale))
                .toList();
    }

    @GET
    @Path("/life-events")
    @Operation(summary = "The life events (bundles of services) with their steps")
    public List<CatalogueJson.LifeEvent> lifeEvents(@QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        return finder.lifeEvents().stream()
                .map(event -> CatalogueJson.LifeEvent.of(event, locale))
                .toList();
    }

    @GET
    @Path("/life-events/{code}")
    @Operation(
            summary = "One life event with its steps and its generated form",
            description = "The form is the union of the steps' fields, each asked once, grouped; a field that an"
                    + " earlier step's output fills (the child's civil ID number from the birth registration) is"
                    + " not asked. Each field says which steps ask for it, so that leaving out an optional step"
                    + " leaves out the fields only it asks for.")
    @APIResponse(responseCode = "200", description = "The life event")
    @APIResponse(
            responseCode = "404",
            description = "No such life event",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CatalogueJson.LifeEvent lifeEvent(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return CatalogueJson.LifeEvent.of(finder.lifeEvent(code), locale(lang));
    }

    /** The answer to a form check: valid when there is no problem; the steps that would run. */
    public record FormCheckJson(boolean valid, List<String> steps, List<Problem.FieldError> problems) {}

    @POST
    @Path("/life-events/{code}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a citizen's form for a life event, before anything is submitted",
            description =
                    "Body: {\"chosen\":[optional steps chosen],\"data\":{\"field.key\":\"value\"}}. Every field of"
                            + " the steps that would run is checked by its type (NIF, NISS, civil ID, citizen card and SNS"
                            + " numbers by their check digits, IBAN, postal code, dates, choices), and the choice of"
                            + " optional steps against the life event's minimum. All problems are answered at once,"
                            + " translated.")
    @APIResponse(responseCode = "200", description = "The problems (none when valid) and the steps that would run")
    @APIResponse(
            responseCode = "404",
            description = "No such life event",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FormCheckJson check(@PathParam("code") String code, @QueryParam("lang") String lang, String body) {
        Locale locale = locale(lang);
        jakarta.json.JsonObject json = JsonBodies.object(body);
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        jakarta.json.JsonValue list = json.get("chosen");
        if (list != null && list.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY) {
            for (jakarta.json.JsonValue value : list.asJsonArray()) {
                if (value.getValueType() != jakarta.json.JsonValue.ValueType.STRING) {
                    throw new org.citizenshop.domain.model.InvalidInputException(
                            "chosen", "problem.malformedBody", "chosen lists service codes");
                }
                chosen.add(((jakarta.json.JsonString) value).getString());
            }
        }
        java.util.Map<String, String> data = new java.util.LinkedHashMap<>();
        jakarta.json.JsonValue given = json.get("data");
        if (given != null && given.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT) {
            for (String key : given.asJsonObject().keySet()) {
                data.put(key, JsonBodies.string(given.asJsonObject(), key));
            }
        }
        ServiceFinder.FormCheck result = finder.checkForm(code, chosen, data);
        List<Problem.FieldError> problems = result.problems().stream()
                .map(problem -> new Problem.FieldError(
                        problem.field(),
                        Texts.text(
                                locale,
                                problem.messageKey(),
                                problem.arguments().toArray())))
                .toList();
        return new FormCheckJson(problems.isEmpty(), result.steps(), problems);
    }

    @GET
    @Path("/search")
    @Operation(
            summary = "The service finder",
            description = "Services and life events for what the user typed so far, best first: Portuguese and"
                    + " English, without accents, with typing mistakes, the last word unfinished, everyday words"
                    + " (\"perdi a carteira\", \"new baby\"). With a shop, each answer says whether that shop can"
                    + " do it.")
    @APIResponse(responseCode = "200", description = "The answers, best first (none for an empty text)")
    @APIResponse(responseCode = "404", description = "No such shop", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "The text is longer than 100 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<CatalogueJson.Hit> search(
            @QueryParam("q") @Parameter(description = "What was typed") String q,
            @QueryParam("lang") @Parameter(description = "pt (default) or en") String lang,
            @QueryParam("shop") @Parameter(description = "A shop's code, to know whether it can do each") String shop,
            @QueryParam("limit") @DefaultValue("8") @Parameter(description = "At most this many answers (1–20)")
                    int limit) {
        Locale locale = locale(lang);
        return finder.search(q, locale.getLanguage(), shop, limit).stream()
                .map(hit -> CatalogueJson.Hit.of(hit, locale))
                .toList();
    }

    /** The language asked for with ?lang=, else the request's Accept-Language. */
    private Locale locale(String lang) {
        return lang == null || lang.isBlank()
                ? Problems.of(headers, uri).locale()
                : Texts.supported(Locale.forLanguageTag(lang));
    }
}
