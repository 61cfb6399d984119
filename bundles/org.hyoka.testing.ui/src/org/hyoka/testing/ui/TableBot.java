package org.hyoka.testing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Reads and selects the rows of a table. */
public class TableBot extends WidgetBot<Table> {

	TableBot(UiBot bot, Table widget) {
		super(bot, widget);
	}

	public int rowCount() {
		return bot.syncCall(widget::getItemCount);
	}

	public List<String> columnHeaders() {
		return bot.syncCall(() -> Arrays.stream(widget.getColumns()).map(TableColumn::getText).toList());
	}

	public String cell(int row, int column) {
		return bot.syncCall(() -> widget.getItem(row).getText(column));
	}

	/** Every row's cell texts, as shown. */
	public List<List<String>> rows() {
		return bot.syncCall(() -> {
			int columns = Math.max(1, widget.getColumnCount());
			List<List<String>> rows = new ArrayList<>();
			for (TableItem item : widget.getItems()) {
				List<String> cells = new ArrayList<>(columns);
				for (int c = 0; c < columns; c++) {
					cells.add(item.getText(c));
				}
				rows.add(cells);
			}
			return rows;
		});
	}
}
