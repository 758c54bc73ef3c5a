// ParseModule's record creation (kept apart from module.cpp: the AST and the runtime headers do not mix).
#include "parser/ast.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/module.h"

#include <algorithm>

namespace yjs {

SourceTextModule* CreateSourceTextModule(VM& vm, Realm& realm, CodeBlock* code, const Program& program) {
    auto* module = vm.heap().allocate<SourceTextModule>(&realm, code);
    AtomTable& atoms = vm.atoms();
    auto atom = [&](const std::optional<std::u16string>& name) {
        return name ? atoms.atomize(*name) : nullptr;
    };
    auto request = [](std::optional<std::size_t> index) {
        return index ? static_cast<std::uint32_t>(*index) : SourceTextModule::kNoRequest;
    };
    for (const ModuleRequest& requested : program.requested_modules) {
        ModuleRequestRecord record{atoms.atomize(requested.specifier), {}, requested.phase};
        for (const ImportAttribute& attribute : requested.attributes)
            record.attributes.push_back({atoms.atomize(attribute.key), atoms.atomize(attribute.value)});
        module->requested_modules.push_back(std::move(record));
    }
    for (const ImportEntry& entry : program.import_entries)
        module->import_entries.push_back(
            {static_cast<std::uint32_t>(entry.module_request),
             entry.is_namespace || entry.is_source ? nullptr : atoms.atomize(entry.import_name),
             atoms.atomize(entry.local_name), entry.is_source});
    auto convert = [&](const ExportEntry& entry) {
        return SourceTextModule::ExportEntry{
            atom(entry.export_name), request(entry.module_request),
            entry.import_kind == ExportEntry::ImportKind::Name ? atoms.atomize(entry.import_name) : nullptr,
            atom(entry.local_name)};
    };
    for (const ExportEntry& entry : program.local_export_entries) {
        // ParseModule step 10.b.ii.1: re-exporting an imported namespace object is `export * as name from`
        // (a deferred namespace stays a local export: the binding holds that object).
        auto namespace_import = std::find_if(
            program.import_entries.begin(), program.import_entries.end(), [&](const ImportEntry& import) {
                return import.is_namespace && entry.local_name && import.local_name == *entry.local_name &&
                       program.requested_modules[import.module_request].phase == ImportPhase::Evaluation;
            });
        if (namespace_import != program.import_entries.end()) {
            module->indirect_export_entries.push_back(
                {atom(entry.export_name), static_cast<std::uint32_t>(namespace_import->module_request),
                 nullptr, nullptr});
            continue;
        }
        module->local_export_entries.push_back(convert(entry));
    }
    for (const ExportEntry& entry : program.indirect_export_entries)
        module->indirect_export_entries.push_back(convert(entry));
    for (const ExportEntry& entry : program.star_export_entries)
        module->star_export_entries.push_back(convert(entry));
    code->source->module = module;
    return module;
}

} // namespace yjs
