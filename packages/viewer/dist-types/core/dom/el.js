// Safe DOM construction: every string child becomes a text node, never markup, because names and sentences come
// from untrusted articles.
export function el(tag, props = null, ...children) {
    const node = document.createElement(tag);
    if (props) {
        if (props.class)
            node.className = props.class;
        if (props.id)
            node.id = props.id;
        if (props.attrs) {
            for (const [name, value] of Object.entries(props.attrs)) {
                if (value === null || value === undefined || value === false)
                    continue;
                node.setAttribute(name, value === true ? "" : String(value));
            }
        }
        if (props.style)
            for (const [k, v] of Object.entries(props.style))
                if (v !== undefined)
                    node.style.setProperty(k, v);
        if (props.on) {
            for (const [type, handler] of Object.entries(props.on))
                node.addEventListener(type, handler);
        }
    }
    append(node, children);
    return node;
}
export function append(parent, children) {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false)
            continue;
        parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    }
}
/** Replaces all children of `parent`. */
export function replaceChildren(parent, ...children) {
    parent.replaceChildren();
    append(parent, children);
}
//# sourceMappingURL=el.js.map