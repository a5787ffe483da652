//! The report analysts open: one self-contained HTML page (style sheet, SVG picture and script
//! inline, nothing fetched) with the mapping table, the evidence of every theme, the near
//! misses, the inputs and diagnostics; the page of a diff between two reports; and focal points,
//! the people each unit of the Union appoints for a theme, with the gaps between them and the
//! proposals.
//!
//! Main types: [`ReportPage`] (an analysis's page and its options), [`diff_page`],
//! [`FocalPoints`] and [`Gap`]. Pages come from templates that escape every value they print.
//!
//! ```
//! use isc_engine::{Config, Engine};
//! use isc_report::{FocalPoints, ReportPage};
//!
//! let engine = Engine::new(Config::new());
//! let analysis = engine.analyze_documents(engine.scan_str(
//!     "pp-999.txt",
//!     "RESOLUTION 999 (DUBAI, 2018)\n\n<script>alert(1)</script> and cybersecurity\n\n\
//!      The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n\
//!      resolves\n1\tto build confidence and security in the use of ICTs;\n",
//! ));
//! let focal = FocalPoints::from_toml("[[focal_point]]\ntheme = \"cybersecurity\"\nunit = \"TSB\"\n", "f.toml")?;
//! let page = ReportPage::new(&analysis.report)
//!     .with_analysis(&analysis)
//!     .with_focal_points(&focal)
//!     .render()?;
//! assert!(page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
//! assert!(!page.contains("<script>alert"));
//! # Ok::<(), isc_report::Error>(())
//! ```

mod error;
mod focal;
mod html;
mod picture;
mod sentence;
mod templates;

pub use error::{Error, Result};
pub use focal::{FocalPoint, FocalPoints, Gap, GapKind, Unit, write_json_with_focal_points};
pub use html::{DEFAULT_EVIDENCE_PER_MEMBER, ReportPage, diff_page, write_diff_page};
