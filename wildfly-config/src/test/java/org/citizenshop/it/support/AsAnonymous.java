package org.citizenshop.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code without any identity: what an anonymous kiosk or web client is. */
@Stateless
@LocalBean
@PermitAll
public class AsAnonymous implements Caller {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
