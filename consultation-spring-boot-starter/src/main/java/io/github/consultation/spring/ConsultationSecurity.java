package io.github.consultation.spring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The consultation's rules for the host's own Spring Security configuration, in one line of it
 * (Spring Security 6 and 7 alike): readers reach the pages, their form posts, the JSON endpoint,
 * the script, the stylesheet and the error page without signing in; the admin views, when
 * {@code consultation.admin.enabled=true}, need the admin authority. The host's own rules follow.
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain security(HttpSecurity http, ConsultationSecurity consultation) throws Exception {
 *     return http.authorizeHttpRequests(consultation.readers())
 *             .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
 *             .formLogin(Customizer.withDefaults())
 *             .build();
 * }
 * }</pre>
 *
 * <p>CSRF protection stays the host's: the starter puts Spring Security's token in every form it
 * shows and the enhancement script sends it as a header. The admin views check the authority
 * themselves as well, so that a host whose rules forget them (or open everything) still refuses
 * anyone without it.
 */
public final class ConsultationSecurity {
    private final List<String> readerPaths;
    private final List<String> adminPaths;
    private final List<String> adminAuthorities;

    ConsultationSecurity(List<String> readerPaths, List<String> adminPaths, List<String> adminAuthorities) {
        this.readerPaths = List.copyOf(readerPaths);
        this.adminPaths = List.copyOf(adminPaths);
        this.adminAuthorities = List.copyOf(adminAuthorities);
    }

    /** The rules built from the starter's settings: the pages' addresses, the endpoints, the admin views'. */
    static ConsultationSecurity of(ConsultationLanguages languages, ConsultationProperties properties) {
        Set<String> open = new LinkedHashSet<>();
        String base = languages.basePath();
        open.add(base);
        languages.fallback().site().map(SiteAddresses::of).ifPresent(site -> {
            open.addAll(site.pages());
            open.addAll(site.redirects());
            open.addAll(site.files());
            open.addAll(site.indexes());
        });
        for (String path : List.of(properties.getJsonEndpoint(), properties.getScriptPath(),
                properties.getStylesheetPath(), "/error")) {
            if (!path.isEmpty()) {
                open.add(path);
            }
        }
        if (!properties.getJsonEndpoint().isEmpty() && !properties.getAllowedOrigins().isEmpty()) {
            // Where another origin's page fetches its form token (ConsultationCrossOrigin).
            open.add(properties.getJsonEndpoint() + ConsultationCrossOrigin.TOKEN_PATH);
        }
        List<String> admin = new ArrayList<>();
        if (properties.getAdmin().isEnabled()) {
            String path = properties.getAdmin().getPath();
            admin.addAll(List.of(path, path + "/**", path + ".csv"));
        }
        return new ConsultationSecurity(new ArrayList<>(open), admin, properties.getAdmin().grantingAuthorities());
    }

    /**
     * The rules for {@code http.authorizeHttpRequests(...)}: the admin views for the admin
     * authority first, then what readers reach, open to all. Add the host's own rules after it.
     */
    public Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> readers() {
        return requests -> {
            if (!adminPaths.isEmpty()) {
                requests.requestMatchers(adminPaths.toArray(String[]::new)).hasAnyAuthority(adminAuthorities.toArray(String[]::new));
            }
            requests.requestMatchers(readerPaths.toArray(String[]::new)).permitAll();
        };
    }

    /** The addresses readers reach without signing in, for a host that writes its rules another way. */
    public List<String> readerPaths() {
        return readerPaths;
    }

    /** The admin views' address patterns (none unless they are enabled). */
    public List<String> adminPaths() {
        return adminPaths;
    }

    /** The authority the admin views need ({@code consultation.admin.authority}). */
    public String adminAuthority() {
        return adminAuthorities.get(0);
    }

    /**
     * Every granted authority that opens the admin views, for a host that writes its rules by hand
     * ({@code hasAnyAuthority}): {@link #adminAuthority()} and, unless it starts with {@code ROLE_},
     * the role of that name.
     */
    public List<String> adminAuthorities() {
        return adminAuthorities;
    }
}
