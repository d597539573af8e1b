package org.citizenshop.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user {@code it-clerk-skilled} with the role {@code clerk}. */
@Stateless
@LocalBean
@PermitAll
@RunAs("clerk")
@RunAsPrincipal("it-clerk-skilled")
public class AsSkilledClerk implements Caller {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
