package nl.weerbaar.spring.fresh;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * The users the tests of the fresh application log in as, each a member of its gemeente (or of none), created once
 * per shared engine: each user that is missing, whichever test class ran first and asked for others.
 */
final class FreshUsers {

    /** The password of every user created here. */
    static final String PASSWORD = "geheim";

    private FreshUsers() {
    }

    /** Creates each of the users (user id → tenant id, or {@code null} for none) that does not exist yet. */
    static void ensure(ProcessEngine engine, String[]... users) {
        IdentityService identity = engine.getIdentityService();
        for (String[] user : users) {
            if (identity.createUserQuery().userId(user[0]).count() > 0) {
                continue;
            }
            User created = identity.newUser(user[0]);
            created.setPassword(PASSWORD);
            identity.saveUser(created);
            if (user[1] != null) {
                if (identity.createTenantQuery().tenantId(user[1]).count() == 0) {
                    identity.saveTenant(identity.newTenant(user[1]));
                }
                identity.createTenantUserMembership(user[1], user[0]);
            }
        }
    }
}
