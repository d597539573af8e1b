package org.citizenshop.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every page request (and its Ajax postbacks) a correlation id, as the API filter does for the API. */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageCorrelationFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = CorrelationIds.begin(request.getHeader(CorrelationIds.HEADER));
        response.setHeader(CorrelationIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            CorrelationIds.end();
        }
    }
}
