package app.tutti.classroom.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardCsvTest {

    @Test
    void quotes_fields_doubles_quotes_and_defuses_spreadsheet_formulas() {
        assertThat(DashboardCsv.quote("Ann \"the ear\"")).isEqualTo("\"Ann \"\"the ear\"\"\"");
        assertThat(DashboardCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void one_line_per_row_with_a_header() {
        DashboardRow row = new DashboardRow(WorkId.random(), ProjectId.random(), "Duo", WorkStatus.SUBMITTED, true,
                Instant.parse("2026-11-26T10:15:30Z"), 4, List.of(new MemberShare("Ann", 3, 60),
                        new MemberShare("Ben", 1, 20)), 2, 1, 20, "B+");
        String csv = DashboardCsv.of(List.of(row));
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).endsWith("\"Duo\",Submitted,yes,2026-11-26T10:15:30Z,4,\"Ann 60%; Ben 20%\",2,1,20,\"B+\"\r\n");
    }
}
