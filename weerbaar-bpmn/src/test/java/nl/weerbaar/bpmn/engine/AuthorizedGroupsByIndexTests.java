package nl.weerbaar.bpmn.engine;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link AuthorizedGroupsByIndex} does to an engine's configuration, without a database: before the engine is
 * built it maps the engine's statement to its own on PostgreSQL, and leaves a mapping someone else made, an engine
 * statement other than the one it replaces, and other databases untouched — without adding its statement there;
 * once the engine is built it gives the engine its own statement back where the database has no index that leads
 * with the group, or cannot say whether it has one. (That the catalog query finds such an index on PostgreSQL:
 * {@code AuthorizedGroupsByIndexIT} in the example application.)
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

    @Test
    void theWalkStaysWhereAnIndexLeadsWithTheGroup() {
        StandaloneProcessEngineConfiguration engine = builtOn(catalogAnswering(true));

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupsByIndex.STATEMENT);
    }

    @Test
    void withoutAnIndexThatLeadsWithTheGroupTheEngineGetsItsStatementBack() {
        StandaloneProcessEngineConfiguration engine = builtOn(catalogAnswering(false));

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupsByIndex.ENGINE_STATEMENT);
    }

    @Test
    void whereTheIndexCannotBeLookedForTheEngineGetsItsStatementBack() {
        StandaloneProcessEngineConfiguration engine = builtOn(stub(DataSource.class, (method, args) -> {
            throw new SQLException("connection refused");
        }));

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo(AuthorizedGroupsByIndex.ENGINE_STATEMENT);
    }

    @Test
    void aMappingSomeoneElseMadeIsLeftAloneOnceTheEngineIsBuilt() {
        StandaloneProcessEngineConfiguration engine = engine("postgres", "hostsOwnAuthorizedGroups");
        engine.setDataSource(catalogAnswering(false));

        new AuthorizedGroupsByIndex().postProcessEngineBuild(built(engine));

        assertThat(engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsByIndex.ENGINE_STATEMENT))
                .isEqualTo("hostsOwnAuthorizedGroups");
    }

    /** A PostgreSQL engine the plugin has prepared, then built on the data source. */
    private static StandaloneProcessEngineConfiguration builtOn(DataSource dataSource) {
        StandaloneProcessEngineConfiguration engine = engine("postgres", null);
        AuthorizedGroupsByIndex plugin = new AuthorizedGroupsByIndex();
        plugin.postInit(engine);
        engine.setDataSource(dataSource);

        plugin.postProcessEngineBuild(built(engine));
        return engine;
    }

    private static ProcessEngine built(StandaloneProcessEngineConfiguration configuration) {
        return stub(ProcessEngine.class, (method, args) -> {
            if (method.getName().equals("getProcessEngineConfiguration")) {
                return configuration;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    /** A data source whose catalog query finds an index that leads with the group, or none. */
    private static DataSource catalogAnswering(boolean indexed) {
        ResultSet rows = stub(ResultSet.class, new Answer() {
            private boolean read;

            @Override
            public Object answer(java.lang.reflect.Method method, Object[] args) {
                if (method.getName().equals("next")) {
                    boolean next = indexed && !read;
                    read = true;
                    return next;
                }
                return null;
            }
        });
        PreparedStatement query = stub(PreparedStatement.class, (method, args) -> {
            if (method.getName().equals("executeQuery")) {
                return rows;
            }
            return null;
        });
        Connection connection = stub(Connection.class, (method, args) -> {
            if (method.getName().equals("prepareStatement")) {
                assertThat((String) args[0]).contains("pg_index");
                return query;
            }
            return null;
        });
        return stub(DataSource.class, (method, args) -> {
            if (method.getName().equals("getConnection")) {
                return connection;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    /** What a stub answers to a call. */
    @FunctionalInterface
    private interface Answer {
        Object answer(java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method, args)));
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
