package app.delight.sandbox;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;

/**
 * A servlet that is filled in after the server has started: it answers 503 until {@link #set}.
 *
 * <p>The sandbox needs it on {@code /slack/events}: Bolt's {@code App} calls {@code auth.test} while
 * it is being built, and in the sandbox that call goes to the stand-in on the app's own port, so the
 * server must already be serving the stand-in when the Bolt app is built, and the Bolt servlet can
 * only be put in place afterwards.
 */
public final class DeferredServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AtomicReference<HttpServlet> delegate = new AtomicReference<>();
    private transient ServletConfig config;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        synchronized (this) {
            this.config = config;
            HttpServlet set = delegate.get();
            if (set != null) {
                set.init(config);
            }
        }
    }

    /** Puts the real servlet in place; from now on every request goes to it. */
    public void set(HttpServlet servlet) throws ServletException {
        synchronized (this) {
            if (!delegate.compareAndSet(null, servlet)) {
                throw new IllegalStateException("the servlet is already set");
            }
            if (config != null) {
                servlet.init(config);
            }
        }
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        HttpServlet set = delegate.get();
        if (set == null) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Retry-After", "1");
            Http.text(http, 503, "starting");
            return;
        }
        set.service(request, response);
    }

    @Override
    public void destroy() {
        HttpServlet set = delegate.get();
        if (set != null) {
            set.destroy();
        }
        super.destroy();
    }
}
