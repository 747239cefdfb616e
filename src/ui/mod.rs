//! The Yew explorer: state, components and the URL/DOM glue. No text heuristics live here.
