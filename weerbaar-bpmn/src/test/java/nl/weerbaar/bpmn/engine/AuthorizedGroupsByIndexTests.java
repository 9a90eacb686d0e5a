package nl.weerbaar.bpmn.engine;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link AuthorizedGroupsByIndex} does to an engine's configuration before the engine is built, without a
 * database: it maps the engine's statement to its own on PostgreSQL, and leaves a mapping someone else made, an
 * engine statement other than the one it replaces, and other databases untouched — without adding its statement
 * there.
 */
class AuthorizedGroupsByIndexTests {

    @Test
    void onPostgresqlTheEnginesStatementIsMappedToTheWalk() {
        StandaloneProcessEngineConfiguration engine = engine("postgres", null);

        new AuthorizedGroupsByIndex().postInit(engine);

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupsByIndex.STATEMENT);
        Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
        assertThat(mybatis.getMappedStatement(AuthorizedGroupsByIndex.STATEMENT, false).getBoundSql(null).getSql())
                .isEqualTo(AuthorizedGroupsByIndex.sql("ACT_RU_AUTHORIZATION"));
    }

    @Test
    void aMappingSomeoneElseMadeIsLeftAloneAndNothingIsAdded() {
        StandaloneProcessEngineConfiguration engine = engine("postgres", "hostsOwnAuthorizedGroups");

        new AuthorizedGroupsByIndex().postInit(engine);

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo("hostsOwnAuthorizedGroups");
        assertThat(engine.getSqlSessionFactory().getConfiguration().hasStatement(AuthorizedGroupsByIndex.STATEMENT,
                false)).as("no statement of Weerbaar's added").isFalse();
    }

    @Test
    void anotherDatabaseKeepsTheEnginesStatement() {
        StandaloneProcessEngineConfiguration engine = engine("h2", null);

        new AuthorizedGroupsByIndex().postInit(engine);

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupsByIndex.ENGINE_STATEMENT);
        assertThat(engine.getSqlSessionFactory().getConfiguration().hasStatement(AuthorizedGroupsByIndex.STATEMENT,
                false)).isFalse();
    }

    @Test
    void anEngineThatAsksItsOwnWayKeepsItsStatement() {
        StandaloneProcessEngineConfiguration engine = engine("postgres",
                "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ = 1", null);

        new AuthorizedGroupsByIndex().postInit(engine);

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupsByIndex.ENGINE_STATEMENT);
        assertThat(engine.getSqlSessionFactory().getConfiguration().hasStatement(AuthorizedGroupsByIndex.STATEMENT,
                false)).isFalse();
    }

    private static StandaloneProcessEngineConfiguration engine(String databaseType, String mappedTo) {
        return engine(databaseType, "SELECT distinct(A.GROUP_ID_)\n  FROM ACT_RU_AUTHORIZATION A", mappedTo);
    }

    /** A configuration as the engine has it after its own init: the engine's statement, maybe a mapping of it. */
    private static StandaloneProcessEngineConfiguration engine(String databaseType, String engineSql,
                                                               String mappedTo) {
        StandaloneProcessEngineConfiguration engine = new StandaloneProcessEngineConfiguration();
        engine.setDatabaseType(databaseType);
        engine.setDatabaseTablePrefix("");
        Configuration mybatis = new Configuration();
        ResultMap strings = new ResultMap.Builder(mybatis, "engine-Inline", String.class, new ArrayList<>()).build();
        mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, AuthorizedGroupsByIndex.ENGINE_STATEMENT,
                new StaticSqlSource(mybatis, engineSql),
                SqlCommandType.SELECT).resultMaps(List.of(strings)).build());
        engine.setSqlSessionFactory(new DefaultSqlSessionFactory(mybatis));
        DbSqlSessionFactory sessions = new DbSqlSessionFactory(false);
        if (mappedTo != null) {
            sessions.setStatementMappings(Map.of(AuthorizedGroupsByIndex.ENGINE_STATEMENT, mappedTo));
        }
        engine.setDbSqlSessionFactory(sessions);
        return engine;
    }
}
