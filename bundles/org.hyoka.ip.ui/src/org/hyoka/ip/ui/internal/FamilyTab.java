package org.hyoka.ip.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Tree;
import org.hyoka.edit.ui.PropertyLabels;
import org.hyoka.ip.IpPackage.Literals;
import org.hyoka.ip.PatentApplication;
import org.hyoka.ip.register.Families;
import org.hyoka.ip.register.Families.Family;
import org.hyoka.ip.register.Families.Member;
import org.hyoka.model.EvaluationReport;

/**
 * The register's patent families (#47): each invention, its applications under what they are based on (a PCT
 * application under the domestic one whose priority it claims, its national phases under it), with the countries each
 * covers and how far each has got. Read only: a double-click shows the record in its own tab, where it is edited.
 */
final class FamilyTab {

	/** The {@link RegisterView#TABLE} key of the tab's tree. */
	static final String KEY = "families"; //$NON-NLS-1$

	private final CTabItem item;
	private final TreeViewer viewer;

	FamilyTab(CTabFolder folder, AdapterFactory adapterFactory, Consumer<EObject> reveal) {
		item = new CTabItem(folder, SWT.NONE);
		item.setText(Messages.tabFamilies);
		viewer = new TreeViewer(folder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		tree.setData(RegisterView.TABLE, KEY);
		column(Messages.columnTitle, 300, family -> family.invention() == null ? Messages.familyWithoutInvention
				: Objects.requireNonNullElse(family.invention().getTitleJa(), family.invention().getId()),
				FamilyTab::application);
		column(Messages.columnRoute, 110, family -> "", //$NON-NLS-1$
				member -> PropertyLabels.ofStated(adapterFactory, member.application(), Literals.PATENT_APPLICATION__KIND));
		// a family's: every country where one of its applications is filed, so where the invention may be protected
		column(Messages.columnCountries, 140, family -> String.join(", ", family.members().stream().flatMap(member -> member.countries().stream()).distinct().toList()), //$NON-NLS-1$
				member -> String.join(", ", member.countries())); //$NON-NLS-1$
		column(Messages.columnFiled, 90, family -> "", member -> Objects.toString(member.application().getFilingDate(), "")); //$NON-NLS-1$ //$NON-NLS-2$
		column(Messages.columnStatus, 90, family -> "", //$NON-NLS-1$
				member -> PropertyLabels.ofStated(adapterFactory, member.application(), Literals.PATENT_APPLICATION__STATUS));
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return switch (parent) {
				case Family family -> family.roots().toArray();
				case Member member -> member.followers().toArray();
				default -> new Object[0];
				};
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		});
		viewer.addDoubleClickListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			EObject record = switch (chosen) {
			case Family family -> family.invention();
			case Member member -> member.application();
			case null, default -> null;
			};
			if (record != null) {
				reveal.accept(record);
			}
		});
		viewer.setInput(List.of());
		item.setControl(tree);
	}

	/** An application by its number, as an IP office names it (its title is mostly the invention's), else title or id. */
	private static String application(Member member) {
		PatentApplication application = member.application();
		return Stream.of(application.getApplicationNumber(), application.getTitleJa(), application.getId()).filter(text -> text != null && !text.isBlank())
				.findFirst().orElse(""); //$NON-NLS-1$
	}

	private void column(String title, int width, Function<Family, String> ofFamily, Function<Member, String> ofMember) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return switch (element) {
				case Family family -> ofFamily.apply(family);
				case Member member -> ofMember.apply(member);
				default -> ""; //$NON-NLS-1$
				};
			}
		});
	}

	/** Shows the evaluation's families as they are now, every level open; a register of many applications is read only while the tab is in front. */
	void show(EvaluationReport report) {
		if (viewer.getTree().isDisposed()) {
			return;
		}
		viewer.setInput(report == null ? List.of() : Families.of(report));
		viewer.expandAll();
	}

	CTabItem item() {
		return item;
	}

	TreeViewer viewer() {
		return viewer;
	}
}
