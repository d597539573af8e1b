package org.citizenshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of architecture.md, checked on every build. */
@AnalyzeClasses(packages = "org.citizenshop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoUiNorCamel = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.apache.camel..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfTheApplication = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..application..", "..infrastructure..", "jakarta.ejb..", "jakarta.jms..");

    @ArchTest
    static final ArchRule applicationUsesPortsNotInfrastructure = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..infrastructure..");
}
