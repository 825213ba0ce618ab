package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.extract.quote.QuoteTexts.describe;
import static org.sitrep.extract.quote.QuoteTexts.find;
import static org.sitrep.extract.quote.QuoteTexts.run;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;

/** "The president said …": a definite role noun speaks for the latest person the article gave that role. */
class RoleNounsTest {

    @Test
    void titleBeforeTheNameGivesTheRole() {
        Analysis a = run("President Joe Biden visited the flooded town of Marlow on Monday.\n\n"
                + "Gov. Brian Kemp declared a state of emergency in the county.\n\n"
                + "Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara.\n\n"
                + "The president said the federal government would pay for the repairs.\n\n"
                + "The governor said the schools would reopen next week.\n\n"
                + "The minister told reporters that the talks had been useful.");
        find(a, "the federal government would pay for the repairs", "Joe Biden");
        find(a, "the schools would reopen next week", "Brian Kemp");
        find(a, "the talks had been useful", "Sergei Lavrov");
    }

    @Test
    void appositionGivesTheRoleAndTheLatestHolderSpeaks() {
        Analysis a = run("Anna Berg, the country's prime minister, opened the new port on Tuesday.\n\n"
                + "Senator Tom Ruiz criticised the cost of the port. Senator Paul Hanley defended it.\n\n"
                + "The prime minister said the port would create thousands of jobs.\n\n"
                + "The senator said the project had been delayed for years.");
        find(a, "the port would create thousands of jobs", "Anna Berg");
        find(a, "the project had been delayed for years", "Paul Hanley");
    }

    @Test
    void noHolderOrTwoEquallyRecentHoldersLeaveTheSpeakerUnknown() {
        Analysis a = run("President Anna Berg met President Luis Ortega in the capital on Tuesday.\n\n"
                + "The president said the talks had gone well.\n\n"
                + "The spokeswoman said the border would stay closed.");
        assertNull(find(a, "the talks had gone well", null).speaker().entity(), describe(a));
        assertNull(find(a, "the border would stay closed", null).speaker().entity(), describe(a));
    }
}
