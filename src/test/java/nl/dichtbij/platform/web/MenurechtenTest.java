package nl.dichtbij.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class MenurechtenTest {

    private final Menurechten menu = new Menurechten();

    @AfterEach
    void opruimen() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoleCountsOnlyAsTheWholeRoleAndAnyOfSeveralWillDo() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("beheer", null,
                AuthorityUtils.createAuthorityList("ROLE_BEHEER", "FACTOR_PASSWORD")));
        assertThat(menu.aangemeld()).isTrue();
        assertThat(menu.heeft("BEHEER")).isTrue();
        assertThat(menu.heeft("BESTUUR", "BELEID", "BEHEER")).isTrue();
        assertThat(menu.heeft("BELEID", "TEAMLEIDER")).isFalse();
        assertThat(menu.heeft("HEER")).as("the end of a role is not the role").isFalse();
        assertThat(menu.heeft("BEHEERDER")).isFalse();
    }

    @Test
    void anAuthorityWithoutTheRolePrefixIsNoRole() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("x", null,
                AuthorityUtils.createAuthorityList("XXXX_BEHEER", "BEHEER")));
        assertThat(menu.heeft("BEHEER")).isFalse();
    }

    @Test
    void nobodySignedInHasNoRoleAndIsNotSignedIn() {
        assertThat(menu.aangemeld()).isFalse();
        assertThat(menu.heeft("INWONER")).isFalse();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("sleutel", "anonymousUser",
                List.of(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS").getFirst())));
        assertThat(menu.aangemeld()).isFalse();
        assertThat(menu.heeft("ANONYMOUS")).as("the anonymous role is nobody's menu").isFalse();
    }
}
