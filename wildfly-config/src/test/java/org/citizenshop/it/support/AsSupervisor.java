package org.citizenshop.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user {@code it-supervisor-1} with the role {@code supervisor}. */
@Stateless
@LocalBean
@PermitAll
@RunAs("supervisor")
@RunAsPrincipal("it-supervisor-1")
public class AsSupervisor implements Caller {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
