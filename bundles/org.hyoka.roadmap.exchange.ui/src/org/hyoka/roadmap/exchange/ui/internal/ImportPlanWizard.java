package org.hyoka.roadmap.exchange.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.hyoka.model.program.EvaluationSubject;
import org.hyoka.model.program.ProgramPackage;
import org.hyoka.roadmap.Roadmap;
import org.hyoka.roadmap.RoadmapElement;
import org.hyoka.roadmap.RoadmapLane;
import org.hyoka.roadmap.RoadmapPackage;
import org.hyoka.roadmap.exchange.Plans;

/**
 * File > Import… > Hyoka Workbench > Roadmap from a Plan: adds the plan as a new roadmap of the program or a project
 * of the evaluation in the active editor, or brings a roadmap it has up to the plan: updating replaces the elements of
 * the lanes the plan has (matched by id, else by name) and adds its other lanes, keeping the roadmap's other lanes;
 * replacing puts the plan's lanes and elements in place of all the roadmap's. The roadmap keeps its id, title and
 * links to indicators either way. Each is one command on the editor's stack, so that one Undo takes it back and
 * saving the editor keeps it. A plan dropped on the window is proposed.
 */
public class ImportPlanWizard extends PlanWizard implements IImportWizard {

	private ImportPlanPage page;
	/** A plan dropped on the window, or null. */
	private Path dropped;

	public ImportPlanWizard() {
		super(Messages.Import_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		super.init(workbench, selection);
		dropped = selection == null ? null : selection.stream().filter(Path.class::isInstance).map(Path.class::cast).findFirst().orElse(null);
	}

	@Override
	public void addPages() {
		page = new ImportPlanPage(editor, dropped);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Roadmap read = page.roadmap();
		Roadmap target = page.target();
		EditingDomain domain = editor.getEditingDomain();
		Command command;
		if (target == null) {
			EvaluationSubject subject = page.subject();
			Plans.identify(read, editor.report(), "rm-" + subject.getId() + "-plan"); //$NON-NLS-1$ //$NON-NLS-2$
			command = AddCommand.create(domain, subject, ProgramPackage.Literals.EVALUATION_SUBJECT__EXTENSIONS, read);
		} else {
			command = intoRoadmap(domain, target, read, page.replaces());
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** The command that brings the roadmap up to the plan read, whose lanes and elements it takes. */
	private Command intoRoadmap(EditingDomain domain, Roadmap target, Roadmap read, boolean replace) {
		// LinkedHashMap rather than Map.of(): a lane-less element's lane is null, a key Map.of() refuses to look up
		Map<RoadmapLane, RoadmapLane> matched = replace ? new LinkedHashMap<>() : Plans.matchLanes(target, read);
		Set<RoadmapLane> renewed = new HashSet<>(matched.values());
		boolean withoutLane = read.getElements().stream().anyMatch(element -> element.getLane() == null);
		List<RoadmapElement> gone = target.getElements().stream()
				.filter(element -> replace || (element.getLane() == null ? withoutLane : renewed.contains(element.getLane()))).toList();
		List<RoadmapLane> added = read.getLanes().stream().filter(lane -> !matched.containsKey(lane)).toList();
		Plans.identifyLanes(target, added, editor.report());
		List<RoadmapElement> elements = new ArrayList<>(read.getElements());
		// the plan's elements go to the lanes matched: the read roadmap is no one's, so this is no change to undo
		elements.stream().filter(element -> matched.containsKey(element.getLane())).forEach(element -> element.setLane(matched.get(element.getLane())));
		String name = NLS.bind(replace ? Messages.Import_replaceCommand : Messages.Import_updateCommand, target.getTitleJa());
		CompoundCommand command = new CompoundCommand(name, name);
		if (!gone.isEmpty()) {
			command.append(RemoveCommand.create(domain, target, RoadmapPackage.Literals.ROADMAP__ELEMENTS, gone));
		}
		if (replace && !target.getLanes().isEmpty()) {
			command.append(RemoveCommand.create(domain, target, RoadmapPackage.Literals.ROADMAP__LANES, List.copyOf(target.getLanes())));
		}
		if (!added.isEmpty()) {
			command.append(AddCommand.create(domain, target, RoadmapPackage.Literals.ROADMAP__LANES, added));
		}
		if (!elements.isEmpty()) {
			command.append(AddCommand.create(domain, target, RoadmapPackage.Literals.ROADMAP__ELEMENTS, elements));
		}
		return command;
	}
}
