package nl.weerbaar.spring.monitor.web;

import nl.weerbaar.spring.monitor.MonitorMessages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Renders the monitor's Thymeleaf templates ({@code weerbaar/monitor/templates/*.html}) with the monitor's own engine
 * and messages ({@code #{key}} from {@link MonitorMessages}): nothing of a Thymeleaf set-up the host may have is used
 * or changed.
 */
public final class MonitorTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    public MonitorTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MonitorTemplates.class.getClassLoader());
        resolver.setPrefix("weerbaar/monitor/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new Messages());
    }

    public String render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(MonitorMessages.supported(locale));
        context.setVariables(variables);
        return engine.process(template, context);
    }

    /** {@code #{key(arg, …)}} from the monitor's bundle; a missing key shows as itself, marked, as Thymeleaf does. */
    private static final class Messages extends AbstractMessageResolver {

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            try {
                String pattern = MonitorMessages.bundle(context.getLocale()).getString(key);
                return new MessageFormat(pattern, context.getLocale())
                        .format(arguments == null ? new Object[0] : arguments);
            } catch (MissingResourceException e) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] arguments) {
            return "??" + key + "_" + context.getLocale() + "??";
        }
    }
}
