package org.citizenshop.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.citizenshop.application.port.CatalogueSearch;
import org.citizenshop.infrastructure.migration.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The finder's quality on the reference catalogue as the migrations seed it: what citizens and
 * clerks type (both languages, no accents, typing mistakes, unfinished words, everyday words) and
 * the first answer they must get.
 */
class CatalogueSearchQualityTest {

    private static final LuceneCatalogueSearch SEARCH = new LuceneCatalogueSearch();

    @BeforeAll
    static void indexTheSeedCatalogue() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:finder;DB_CLOSE_DELAY=-1");
        SchemaMigration.configure(dataSource, "classpath:db/migration").load().migrate();
        List<CatalogueSearch.Entry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet rows =
                    sql.executeQuery("select code, name_pt, name_en, keywords_pt, keywords_en from public_service")) {
                while (rows.next()) {
                    entries.add(entry(CatalogueSearch.Kind.SERVICE, rows, rows.getString(4), rows.getString(5)));
                }
            }
            try (ResultSet rows =
                    sql.executeQuery("select code, name_pt, name_en, keywords_pt, keywords_en from life_event")) {
                while (rows.next()) {
                    entries.add(entry(CatalogueSearch.Kind.LIFE_EVENT, rows, rows.getString(4), rows.getString(5)));
                }
            }
        }
        assertThat(entries).hasSize(23 + 5);
        SEARCH.replaceAll(entries);
    }

    private static CatalogueSearch.Entry entry(CatalogueSearch.Kind kind, ResultSet row, String wordsPt, String wordsEn)
            throws SQLException {
        return new CatalogueSearch.Entry(kind, row.getString(1), row.getString(2), row.getString(3), wordsPt, wordsEn);
    }

    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" → {2}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            # what is typed;           language; expected first answer
            new baby;                  en; BIRTH
            bebé;                      pt; BIRTH
            bebe;                      pt; BIRTH
            nascimento;                pt; BIRTH
            nascimnto;                 pt; BIRTH
            tive um bebé;              pt; BIRTH
            newborn;                   en; BIRTH
            lost wallet;               en; LOST-WALLET
            perdi a carteira;          pt; LOST-WALLET
            perdi a cart;              pt; LOST-WALLET
            roubaram-me os documentos; pt; LOST-WALLET
            carteira roubada;          pt; LOST-WALLET
            stolen documents;          en; LOST-WALLET
            lost walet;                en; LOST-WALLET
            mudei de casa;             pt; MOVING
            moving;                    en; MOVING
            mudança de casa;           pt; MOVING
            mudanca;                   pt; MOVING
            moving house;              en; MOVING
            nova morada;               pt; MOVING
            criar empresa;             pt; COMPANY
            empresa na hora;           pt; COMPANY
            start a company;           en; COMPANY
            óbito;                     pt; DEATH
            obito;                     pt; DEATH
            faleceu o meu pai;         pt; DEATH
            death of a relative;       en; DEATH
            cartão de cidadão;         pt; IRN-CC
            cartao cidadao;            pt; IRN-CC
            citizen card;              en; IRN-CC
            renovar cc;                pt; IRN-CC
            cartao de cidadao;         pt; IRN-CC
            cidadao;                   pt; IRN-CC
            nif;                       pt; AT-NIF
            número de contribuinte;    pt; AT-NIF
            tax number;                en; AT-NIF
            abono de família;          pt; ISS-CHILD
            child benefit;             en; ISS-CHILD
            abono;                     pt; ISS-CHILD
            certidão de nascimento;    pt; IRN-CERT
            birth certificate;         en; IRN-CERT
            carta de condução;         pt; IMT-LICENCE
            driving licence;           en; IMT-LICENCE
            driving license;           en; IMT-LICENCE
            carta de conducao perdida; pt; IMT-LICENCE
            médico de família;         pt; SNS-REGISTER
            family doctor;             en; SNS-REGISTER
            subsídio por morte;        pt; ISS-DEATHGRANT
            death grant;               en; ISS-DEATHGRANT
            herdeiros;                 pt; IRN-HEIRS
            habilitação de herdeiros;  pt; IRN-HEIRS
            estacionamento residente;  pt; CML-ADDRESS
            resident parking;          en; CML-ADDRESS
            segurança social número;   pt; ISS-NISS
            niss;                      pt; ISS-NISS
            entidade empregadora;      pt; ISS-EMPLOYER
            início de atividade;       pt; AT-COMPANY
            AT-NIF;                    pt; AT-NIF
            """)
    void theFirstAnswerIsTheOneMeant(String typed, String language, String expected) {
        List<CatalogueSearch.Match> matches = SEARCH.search(typed, language, 5);

        assertThat(matches)
                .as("answers to \"%s\": %s", typed, matches)
                .isNotEmpty()
                .first()
                .extracting(CatalogueSearch.Match::code)
                .isEqualTo(expected);
    }

    @Test
    void whatMatchesNothingFindsNothing() {
        assertThat(SEARCH.search("xyzzyq", "pt", 5)).isEmpty();
        assertThat(SEARCH.search("   ", "pt", 5)).isEmpty();
        assertThat(SEARCH.search(null, "en", 5)).isEmpty();
    }

    @Test
    void answersComeBestFirstAndAtMostAsManyAsAsked() {
        List<CatalogueSearch.Match> matches = SEARCH.search("morada", "pt", 3);

        assertThat(matches).hasSize(3);
        assertThat(matches.get(0).score()).isGreaterThanOrEqualTo(matches.get(1).score());
        assertThat(matches.get(1).score()).isGreaterThanOrEqualTo(matches.get(2).score());
    }
}
