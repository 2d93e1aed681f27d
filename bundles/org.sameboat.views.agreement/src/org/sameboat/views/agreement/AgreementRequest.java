package org.sameboat.views.agreement;

import java.util.List;

import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;

/** What was asked for, read on the UI thread: the coders compared, the codes (none: all they used), the unit, and the consensus coder's name. */
record AgreementRequest(Project project, List<Coder> coders, List<Code> codes, AgreementReport.Unit unit, String consensus) {
}
