package app.delight.web;

import javax.servlet.Filter;
import javax.servlet.FilterConfig;

/**
 * A filter built with all it needs, holding nothing to release: the servlet API of this Jetty still
 * asks every filter for {@code init} and {@code destroy}.
 */
abstract class StatelessFilter implements Filter {
    @Override
    public final void init(FilterConfig config) {
        // built with what it needs
    }

    @Override
    public final void destroy() {
        // holds no resources
    }
}
