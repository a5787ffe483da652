//! The page templates, compiled once; every value they print is HTML-escaped.

use std::sync::OnceLock;

use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use crate::error::{Error, Result};

/// The templates and the style sheet and script they inline, by name.
const TEMPLATES: [(&str, &str); 5] = [
    ("base.html", include_str!("../templates/base.html")),
    ("report.html", include_str!("../templates/report.html")),
    ("diff.html", include_str!("../templates/diff.html")),
    ("style.css", include_str!("../templates/style.css")),
    ("script.js", include_str!("../templates/script.js")),
];

fn environment() -> &'static std::result::Result<Environment<'static>, String> {
    static ENVIRONMENT: OnceLock<std::result::Result<Environment<'static>, String>> =
        OnceLock::new();
    ENVIRONMENT.get_or_init(|| {
        let mut env = Environment::new();
        // A name the view does not hold is a defect to catch in tests, not an empty cell.
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // `.html` templates escape every value they print; the style sheet and script print
        // none.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        for (name, source) in TEMPLATES {
            env.add_template(name, source).map_err(|e| format!("{e:#}"))?;
        }
        Ok(env)
    })
}

/// Renders template `name` with `view` to `out`.
pub(crate) fn render(
    name: &str,
    view: &impl Serialize,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let env = environment().as_ref().map_err(|e| Error::Template(e.clone()))?;
    let template = env.get_template(name).map_err(|e| Error::Template(format!("{e:#}")))?;
    let mut writer = std::io::BufWriter::new(out);
    template
        .render_captured_to(minijinja::Value::from(minijinja::value::Serde(view)), &mut writer)
        .map_err(|e| match e.kind() {
            minijinja::ErrorKind::WriteFailure => match std::error::Error::source(&e)
                .and_then(|s| s.downcast_ref::<std::io::Error>())
            {
                Some(io) => Error::Write(std::io::Error::new(io.kind(), io.to_string())),
                None => Error::Template(format!("{e:#}")),
            },
            _ => Error::Template(format!("{e:#}")),
        })?;
    std::io::Write::flush(&mut writer)?;
    Ok(())
}
