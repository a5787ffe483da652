//! Reading XML safely: a document type declaration (where entity expansion and external DTDs
//! live) is refused; only the five predefined entities and character references are read.

use quick_xml::events::{BytesEnd, BytesStart, Event};

use crate::error::{Error, Result};

/// One thing an XML part holds, as the readers need it.
#[derive(Debug)]
pub(crate) enum Item<'a> {
    /// An element opens.
    Start(BytesStart<'a>),
    /// An empty element (`<w:tab/>`).
    Empty(BytesStart<'a>),
    /// An element closes.
    End(BytesEnd<'a>),
    /// Text, entities and character references resolved.
    Text(std::borrow::Cow<'a, str>),
}

/// An XML reader over a whole part held in memory.
pub(crate) struct Xml<'a> {
    part: &'a str,
    reader: quick_xml::Reader<&'a [u8]>,
}

impl<'a> Xml<'a> {
    /// A reader of `bytes`, the part named `part` in messages; it must be UTF-8.
    pub(crate) fn new(part: &'a str, bytes: &'a [u8]) -> Result<Self> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes)
            .map_err(|e| Error::Encoding { part: part.to_owned(), offset: e.valid_up_to() })?;
        let mut reader = quick_xml::Reader::from_str(text);
        reader.config_mut().check_end_names = true;
        Ok(Xml { part, reader })
    }

    fn error(&self, message: impl std::fmt::Display) -> Error {
        Error::Xml {
            part: self.part.to_owned(),
            offset: self.reader.error_position(),
            message: message.to_string(),
        }
    }

    /// The next item, `None` at the end.
    pub(crate) fn next(&mut self) -> Result<Option<Item<'a>>> {
        loop {
            let event = self.reader.read_event().map_err(|e| self.error(e))?;
            return Ok(Some(match event {
                Event::Start(tag) => Item::Start(tag),
                Event::Empty(tag) => Item::Empty(tag),
                Event::End(tag) => Item::End(tag),
                Event::Text(text) => Item::Text(text.xml10_content()),
                Event::CData(text) => Item::Text(text.xml10_content()),
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref().map_err(|e| self.error(e))? {
                        Some(c) => c.to_string(),
                        None => {
                            let name = r.into_inner();
                            match quick_xml::escape::resolve_predefined_entity(&name) {
                                Some(text) => text.to_owned(),
                                None => {
                                    return Err(self.error(format!(
                                        "entity &{name}; is not one of XML's five (no DTD is read)"
                                    )));
                                }
                            }
                        }
                    };
                    Item::Text(resolved.into())
                }
                Event::DocType(_) => {
                    return Err(Error::Dtd {
                        part: self.part.to_owned(),
                        offset: self.reader.buffer_position(),
                    });
                }
                Event::Eof => return Ok(None),
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => continue,
            }));
        }
    }
}

/// The local name of an opening tag, prefix dropped (`p` for `w:p`).
pub(crate) fn name<'t>(tag: &'t BytesStart<'_>) -> &'t str {
    let name = tag.name().0;
    name.rsplit(':').next().unwrap_or(name)
}

/// The local name of a closing tag.
pub(crate) fn end_name<'t>(tag: &'t BytesEnd<'_>) -> &'t str {
    let name = tag.name().0;
    name.rsplit(':').next().unwrap_or(name)
}

/// The value of attribute `name` (with its prefix, `w:val`), entities resolved.
pub(crate) fn attr(tag: &BytesStart<'_>, name: &str) -> Option<String> {
    let attribute = tag.try_get_attribute(name).ok()??;
    attribute
        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
        .ok()
        .map(std::borrow::Cow::into_owned)
}
