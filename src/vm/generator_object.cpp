#include "vm/generator_object.h"

#include "heap/heap.h"
#include "runtime/shape.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/js_function.h"

#include <cassert>

namespace yjs {

namespace {

// The owner's trailing storage must start right after its HeapFrame (its last member).
template <typename Owner>
void check_trailing_storage([[maybe_unused]] Owner* owner, [[maybe_unused]] HeapFrame& frame) {
    assert(static_cast<void*>(&frame + 1) == static_cast<void*>(owner + 1));
}

} // namespace

// --- HeapFrame: shared by the three kinds of objects that own a frame ---

std::size_t HeapFrame::trailing_bytes(JSFunction* callee) {
    const CodeBlock& code = *callee->code_block();
    std::size_t slots = (code.changes_context ? 1 : 0) + (HeapFrame::needs_this_slot(code) ? 1 : 0);
    return (slots + code.register_count) * sizeof(Value);
}

void HeapFrame::initialize(JSFunction* function, Value this_value) {
    const CodeBlock& code = *function->code_block();
    assert(code.resume_mode_register < code.register_count);
    bits_ = reinterpret_cast<std::uint64_t>(function);
    assert(callee() == function);
    if (code.changes_context) set(kContextSlot);
    if (HeapFrame::needs_this_slot(code)) set(kThisSlot);
    Value* slot = slots();
    if (has(kContextSlot)) *slot++ = Value::internal_cell(function->environment());
    if (has(kThisSlot)) *slot++ = this_value;
    for (std::uint32_t i = 0; i < code.register_count; ++i) new (&slot[i]) Value();
}

void HeapFrame::release() {
    // Without a callee the trailing storage is no longer traced (nothing reads it again).
    if (!has(kRegistersAliased)) bits_ &= ~kCalleeMask;
}

void HeapFrame::visit(Visitor& visitor) const {
    JSFunction* function = callee();
    if (!function) return;
    visitor.visit(function);
    std::uint32_t count = slot_count() + function->code_block()->register_count;
    const Value* slot = slots();
    for (std::uint32_t i = 0; i < count; ++i) visitor.visit(slot[i]);
}

// --- GeneratorObject ---

// A generator costs its object part and one word, plus its trailing storage.
static_assert(sizeof(GeneratorObject) == sizeof(JSObject) + sizeof(HeapFrame));

GeneratorObject* GeneratorObject::create(VM& vm, JSFunction* callee, Value this_value) {
    return vm.heap().allocate_with_extra<GeneratorObject>(
        HeapFrame::trailing_bytes(callee), Shape::create_root(vm, nullptr), callee, this_value);
}

GeneratorObject::GeneratorObject(Shape* shape, JSFunction* callee, Value this_value) : JSObject(shape) {
    check_trailing_storage(this, frame_);
    set_ordinary_methods(true, true);
    set_state(State::Executing);
    frame_.initialize(callee, this_value);
}

void GeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    frame_.visit(visitor);
}

// --- GeneratorChains ---

GeneratorChains::GeneratorChains(Heap& heap) : heap_(heap) {
    marking_constraint_id_ = heap.add_marking_constraint([this](Visitor& visitor) {
        for (const auto& [generator, links] : links_) {
            if (!heap_.is_marked(generator)) continue;
            visitor.visit(links.delegate);
            visitor.visit(links.delegator);
            visitor.visit(links.chain);
        }
    });
    weak_callback_id_ = heap.add_weak_callback([this](Heap& collected) {
        std::erase_if(links_, [&](const auto& entry) { return !collected.is_marked(entry.first); });
    });
}

GeneratorChains::~GeneratorChains() {
    heap_.remove_marking_constraint(marking_constraint_id_);
    heap_.remove_weak_callback(weak_callback_id_);
}

const GeneratorChains::Links* GeneratorChains::find(const GeneratorObject* generator) const {
    if (!generator->is_linked()) return nullptr;
    return &links_.find(generator)->second;
}

GeneratorChains::Links& GeneratorChains::entry(GeneratorObject* generator) {
    generator->frame_.set(HeapFrame::kLinked);
    return links_[generator];
}

void GeneratorChains::drop_if_unlinked(GeneratorObject* generator) {
    auto it = links_.find(generator);
    const Links& links = it->second;
    if (links.delegate || links.delegator || links.chain) return;
    links_.erase(it);
    generator->frame_.clear(HeapFrame::kLinked);
}

GeneratorObject* GeneratorChains::delegate(const GeneratorObject* generator) const {
    const Links* links = find(generator);
    return links ? links->delegate : nullptr;
}

GeneratorObject* GeneratorChains::delegator(const GeneratorObject* generator) const {
    const Links* links = find(generator);
    return links ? links->delegator : nullptr;
}

GeneratorObject* GeneratorChains::chain(const GeneratorObject* generator) const {
    const Links* links = find(generator);
    return links ? links->chain : nullptr;
}

GeneratorObject* GeneratorChains::chain_root(GeneratorObject* generator) const {
    const Links* links = find(generator);
    return links && links->delegator ? links->chain : generator;
}

bool GeneratorChains::return_link(const GeneratorObject* generator) const {
    const Links* links = find(generator);
    return links && links->return_link;
}

bool GeneratorChains::has_return_links(const GeneratorObject* root) const {
    const Links* links = find(root);
    return links && links->has_return_links;
}

void GeneratorChains::link(GeneratorObject* delegator, GeneratorObject* delegate, bool return_link) {
    GeneratorObject* root = chain_root(delegator);
    entry(delegator).delegate = delegate;
    Links& delegate_links = entry(delegate);
    delegate_links.delegator = delegator;
    delegate_links.chain = root;
    delegate_links.return_link = return_link;
    Links& root_links = entry(root);
    root_links.chain = delegate;
    if (return_link) root_links.has_return_links = true;
}

GeneratorObject* GeneratorChains::unlink_from_delegator(GeneratorObject* last) {
    Links& own = entry(last);
    GeneratorObject* parent = own.delegator;
    GeneratorObject* root = own.chain;
    own.delegator = nullptr;
    own.chain = nullptr;
    own.return_link = false;
    entry(parent).delegate = nullptr;
    entry(root).chain = parent == root ? nullptr : parent;
    drop_if_unlinked(last);
    drop_if_unlinked(root);
    return parent;
}

void GeneratorChains::dissolve(GeneratorObject* root) {
    GeneratorObject* member = root;
    while (member && member->is_linked()) {
        GeneratorObject* next = links_.find(member)->second.delegate;
        links_.erase(member);
        member->frame_.clear(HeapFrame::kLinked);
        member = next;
    }
}

// --- AsyncFunctionObject ---

AsyncFunctionObject* AsyncFunctionObject::create(VM& vm, JSFunction* callee, Value this_value,
                                                 const PromiseCapability& capability) {
    return vm.heap().allocate_with_extra<AsyncFunctionObject>(HeapFrame::trailing_bytes(callee), callee,
                                                              this_value, capability);
}

AsyncFunctionObject::AsyncFunctionObject(JSFunction* callee, Value this_value,
                                         const PromiseCapability& capability)
    : capability_(capability) {
    check_trailing_storage(this, frame_);
    frame_.initialize(callee, this_value);
}

void AsyncFunctionObject::visit_edges(Visitor& visitor) {
    frame_.visit(visitor);
    visitor.visit(capability_.promise);
    visitor.visit(capability_.resolve);
    visitor.visit(capability_.reject);
}

// --- AsyncGeneratorObject ---

AsyncGeneratorObject* AsyncGeneratorObject::create(VM& vm, JSFunction* callee, Value this_value) {
    return vm.heap().allocate_with_extra<AsyncGeneratorObject>(
        HeapFrame::trailing_bytes(callee), Shape::create_root(vm, nullptr), callee, this_value);
}

AsyncGeneratorObject::AsyncGeneratorObject(Shape* shape, JSFunction* callee, Value this_value)
    : JSObject(shape) {
    check_trailing_storage(this, frame_);
    set_ordinary_methods(true, true);
    set_state(State::Executing);
    frame_.initialize(callee, this_value);
}

void AsyncGeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    frame_.visit(visitor);
    for (const Request& request : queue_) {
        visitor.visit(request.value);
        visitor.visit(request.capability.promise);
        visitor.visit(request.capability.resolve);
        visitor.visit(request.capability.reject);
    }
}

} // namespace yjs
