/**
 */
package org.sameboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Code#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getColour <em>Colour</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getInclusion <em>Inclusion</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getExclusion <em>Exclusion</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getExample <em>Example</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getSource <em>Source</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getShortcut <em>Shortcut</em>}</li>
 *   <li>{@link org.sameboat.model.Code#isApplicable <em>Applicable</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getStarts <em>Starts</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getChildren <em>Children</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getParent <em>Parent</em>}</li>
 *   <li>{@link org.sameboat.model.Code#getCodebook <em>Codebook</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getCode()
 * @model
 * @generated
 */
public interface Code extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display colour as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Inclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inclusion</em>' attribute.
	 * @see #setInclusion(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Inclusion()
	 * @model
	 * @generated
	 */
	String getInclusion();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getInclusion <em>Inclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inclusion</em>' attribute.
	 * @see #getInclusion()
	 * @generated
	 */
	void setInclusion(String value);

	/**
	 * Returns the value of the '<em><b>Exclusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusion</em>' attribute.
	 * @see #setExclusion(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Exclusion()
	 * @model
	 * @generated
	 */
	String getExclusion();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getExclusion <em>Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusion</em>' attribute.
	 * @see #getExclusion()
	 * @generated
	 */
	void setExclusion(String value);

	/**
	 * Returns the value of the '<em><b>Example</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Example</em>' attribute.
	 * @see #setExample(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Example()
	 * @model
	 * @generated
	 */
	String getExample();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getExample <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Example</em>' attribute.
	 * @see #getExample()
	 * @generated
	 */
	void setExample(String value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' attribute list.
	 * @see org.sameboat.model.SameboatPackage#getCode_Indicators()
	 * @model
	 * @generated
	 */
	EList<String> getIndicators();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Shortcut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shortcut</em>' attribute.
	 * @see #setShortcut(String)
	 * @see org.sameboat.model.SameboatPackage#getCode_Shortcut()
	 * @model
	 * @generated
	 */
	String getShortcut();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getShortcut <em>Shortcut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shortcut</em>' attribute.
	 * @see #getShortcut()
	 * @generated
	 */
	void setShortcut(String value);

	/**
	 * Returns the value of the '<em><b>Applicable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applicable</em>' attribute.
	 * @see #setApplicable(boolean)
	 * @see org.sameboat.model.SameboatPackage#getCode_Applicable()
	 * @model default="true"
	 * @generated
	 */
	boolean isApplicable();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#isApplicable <em>Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applicable</em>' attribute.
	 * @see #isApplicable()
	 * @generated
	 */
	void setApplicable(boolean value);

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' attribute.
	 * The default value is <code>"any"</code>.
	 * The literals are from the enumeration {@link org.sameboat.model.CodeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose turns this code is meant for: any speaker's, members' only (the dynamics of mutual aid) or the worker's only (worker skills). A coding that breaks it is reported as a problem, never refused. A sub-code does not inherit it from its parent. Absent in projects written before format 2, which load as any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applies To</em>' attribute.
	 * @see org.sameboat.model.CodeRole
	 * @see #setAppliesTo(CodeRole)
	 * @see org.sameboat.model.SameboatPackage#getCode_AppliesTo()
	 * @model default="any"
	 * @generated
	 */
	CodeRole getAppliesTo();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getAppliesTo <em>Applies To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applies To</em>' attribute.
	 * @see org.sameboat.model.CodeRole
	 * @see #getAppliesTo()
	 * @generated
	 */
	void setAppliesTo(CodeRole value);

	/**
	 * Returns the value of the '<em><b>Starts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the codes this code helps set in motion: a worker skill lists the dynamics it helps start. Kept as ids rather than as a reference so that copying, merging or deleting codes can never leave the model file with a dangling reference; an id that names no code in the project is ignored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starts</em>' attribute list.
	 * @see org.sameboat.model.SameboatPackage#getCode_Starts()
	 * @model
	 * @generated
	 */
	EList<String> getStarts();

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Code}.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Code#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getCode_Children()
	 * @see org.sameboat.model.Code#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Code> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Code#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Code)
	 * @see org.sameboat.model.SameboatPackage#getCode_Parent()
	 * @see org.sameboat.model.Code#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	Code getParent();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Code value);

	/**
	 * Returns the value of the '<em><b>Codebook</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Codebook#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebook</em>' container reference.
	 * @see #setCodebook(Codebook)
	 * @see org.sameboat.model.SameboatPackage#getCode_Codebook()
	 * @see org.sameboat.model.Codebook#getCodes
	 * @model opposite="codes"
	 * @generated
	 */
	Codebook getCodebook();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Code#getCodebook <em>Codebook</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codebook</em>' container reference.
	 * @see #getCodebook()
	 * @generated
	 */
	void setCodebook(Codebook value);

} // Code
