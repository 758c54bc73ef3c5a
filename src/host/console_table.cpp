// console.table(data, properties): a box-drawn table with one row per own enumerable property of `data`
// (or entry of a Map / Set) and one column per property of the rows, laid out as Node 20 does.
#include "host/console_table.h"
#include "builtins/keyed_collection.h"
#include "host/inspect_internal.h"
#include "runtime/abstract_ops.h"
#include "runtime/string.h"
#include "runtime/symbol.h"

#include <algorithm>
#include <span>

namespace yjs {

namespace {

// A cell: what Node shows for a value inside a table (shallow, short arrays, one line).
ThrowCompletionOr<std::u16string> cell_text(VM& vm, Value value) {
    InspectOptions options;
    options.max_array_length = 3;
    options.break_length = INT_MAX / 2;
    options.depth = 0;
    if (value.is_object() && !value.as_object()->is_array()) {
        MarkedValueVector keys = TRY(EnumerableOwnProperties(vm, value.as_object(), PropertyKind::Key));
        if (keys.size() > 2) options.depth = -1;
    }
    return inspect(vm, value, options);
}

struct Column {
    std::u16string header;
    std::vector<std::u16string> cells; // one per row; missing cells are empty
};

std::u16string render(const std::vector<Column>& columns, std::size_t rows) {
    std::vector<std::size_t> widths;
    for (const Column& column : columns) {
        std::size_t width = display_width(column.header);
        for (const std::u16string& cell : column.cells)
            width = std::max(width, display_width(cell));
        widths.push_back(width + 2);
    }
    auto rule = [&](char16_t left, char16_t middle, char16_t right) {
        std::u16string line(1, left);
        for (std::size_t i = 0; i < widths.size(); ++i) {
            if (i) line += middle;
            line.append(widths[i], u'\u2500');
        }
        return line + right;
    };
    auto row = [&](auto text_of) {
        std::u16string line = u"\u2502";
        for (std::size_t i = 0; i < columns.size(); ++i) {
            std::u16string text = text_of(columns[i]);
            line += u" " + text + std::u16string(widths[i] - 1 - display_width(text), u' ') + u"\u2502";
        }
        return line;
    };
    std::u16string table = rule(u'\u250c', u'\u252c', u'\u2510') + u"\n";
    table += row([](const Column& column) { return column.header; }) + u"\n";
    table += rule(u'\u251c', u'\u253c', u'\u2524') + u"\n";
    for (std::size_t r = 0; r < rows; ++r) {
        table += row([r](const Column& column) { return r < column.cells.size() ? column.cells[r] : u""; }) +
                 u"\n";
    }
    return table + rule(u'\u2514', u'\u2534', u'\u2518');
}

std::vector<std::u16string> index_cells(std::size_t count) {
    std::vector<std::u16string> cells;
    for (std::size_t i = 0; i < count; ++i)
        cells.push_back(format_number(static_cast<double>(i)));
    return cells;
}

Column* find_or_add(std::vector<Column>& columns, const std::u16string& header) {
    for (Column& column : columns) {
        if (column.header == header) return &column;
    }
    columns.push_back({header, {}});
    return &columns.back();
}

ThrowCompletionOr<std::u16string> key_text(VM& vm, Value key) {
    if (key.is_symbol()) return to_u16(key.as_symbol()->descriptive_string(vm));
    return to_u16(TRY(ToString(vm, key)));
}

} // namespace

ThrowCompletionOr<std::optional<std::u16string>> format_table(VM& vm, Value data, Value properties) {
    if (!properties.is_undefined() && !TRY(IsArray(vm, properties)))
        return vm.throw_type_error("The \"properties\" argument must be an instance of Array");
    if (!data.is_object()) return std::optional<std::u16string>();
    JSObject* object = data.as_object();
    if (auto* map = as_if<MapObject>(object)) {
        std::vector<OrderedHashTable::Entry> entries;
        map->data().copy_entries(entries);
        MarkedValueVector pinned(vm.heap());
        for (const auto& entry : entries) {
            pinned.push_back(entry.key);
            pinned.push_back(entry.value);
        }
        std::vector<Column> columns{
            {u"(iteration index)", index_cells(entries.size())}, {u"Key", {}}, {u"Values", {}}};
        for (std::size_t i = 0; i < pinned.size(); i += 2) {
            columns[1].cells.push_back(TRY(cell_text(vm, pinned[i])));
            columns[2].cells.push_back(TRY(cell_text(vm, pinned[i + 1])));
        }
        return std::optional<std::u16string>(render(columns, entries.size()));
    }
    if (auto* set = as_if<SetObject>(object)) {
        std::vector<OrderedHashTable::Entry> entries;
        set->data().copy_entries(entries);
        MarkedValueVector pinned(vm.heap());
        for (const auto& entry : entries)
            pinned.push_back(entry.key);
        std::vector<Column> columns{{u"(iteration index)", index_cells(entries.size())}, {u"Values", {}}};
        for (Value value : pinned)
            columns[1].cells.push_back(TRY(cell_text(vm, value)));
        return std::optional<std::u16string>(render(columns, entries.size()));
    }

    // The selected columns, when `properties` is given.
    std::optional<MarkedValueVector> selected;
    if (!properties.is_undefined()) selected.emplace(TRY(CreateListFromArrayLike(vm, properties)));

    MarkedValueVector row_keys = TRY(EnumerableOwnProperties(vm, object, PropertyKind::Key));
    std::vector<Column> columns{{u"(index)", {}}};
    std::vector<std::u16string> values(row_keys.size());
    bool has_values = false;
    for (std::size_t row = 0; row < row_keys.size(); ++row) {
        columns[0].cells.push_back(TRY(key_text(vm, row_keys[row])));
        Value item = TRY(object->get(vm, TRY(ToPropertyKey(vm, row_keys[row]))));
        bool primitive = !item.is_object();
        if (primitive && !selected) {
            values[row] = TRY(cell_text(vm, item));
            has_values = true;
            continue;
        }
        // One cell per column key; rows without the (own) property leave it empty.
        auto add_cells = [&](std::span<const Value> keys) -> ThrowCompletionOr<void> {
            for (Value key : keys) {
                Column* column = find_or_add(columns, TRY(key_text(vm, key)));
                column->cells.resize(row_keys.size());
                PropertyKey property = TRY(ToPropertyKey(vm, key));
                if (primitive || !TRY(item.as_object()->has_own_property(vm, property))) continue;
                column->cells[row] = TRY(cell_text(vm, TRY(item.as_object()->get(vm, property))));
            }
            return {};
        };
        if (selected) {
            TRY(add_cells(selected->span()));
        } else {
            MarkedValueVector own = TRY(EnumerableOwnProperties(vm, item.as_object(), PropertyKind::Key));
            TRY(add_cells(own.span()));
        }
    }
    if (has_values) columns.push_back({u"Values", std::move(values)});
    return std::optional<std::u16string>(render(columns, row_keys.size()));
}

} // namespace yjs
