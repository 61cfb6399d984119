package org.hyoka.testing.contributions;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.IFormPage;
import org.hyoka.editor.EvaluationEditor;
import org.hyoka.editor.pages.ModelFormPage;
import org.hyoka.editor.pages.PageCondition;
import org.hyoka.editor.pages.PageFactory;
import org.hyoka.model.EvaluationReport;
import org.hyoka.model.program.Project;

/** A page listing the projects by letter, placed after the Overview, for files that have a program. */
public final class ProjectsAtAGlancePage extends ModelFormPage {

	public static final String ID = "org.hyoka.testing.contributions.page"; //$NON-NLS-1$

	ProjectsAtAGlancePage(EvaluationEditor editor) {
		super(editor, ID, "At a glance", "Projects at a glance"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void fill() {
		Composite area = section(content, "Projects", "One line per project, from a test-only bundle."); //$NON-NLS-1$ //$NON-NLS-2$
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		for (Project project : report().getProgram().getProjects()) {
			field(area, project.getLetterCode(), project.getNameJa());
		}
	}

	@Override
	protected void modelChanged() {
		// the list is rebuilt when the projects change (structure), nothing else is shown
	}

	@Override
	protected List<Object> structure() {
		return List.copyOf(report().getProgram().getProjects());
	}

	public static final class Factory implements PageFactory {
		@Override
		public IFormPage create(EvaluationEditor editor) {
			return new ProjectsAtAGlancePage(editor);
		}
	}

	public static final class HasProgram implements PageCondition {
		@Override
		public boolean shows(EvaluationReport report) {
			return report.getProgram() != null;
		}
	}
}
