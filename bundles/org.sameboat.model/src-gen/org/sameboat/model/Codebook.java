/**
 */
package org.sameboat.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Codebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Codebook#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.Codebook#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sameboat.model.Codebook#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.sameboat.model.Codebook#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getCodebook()
 * @model
 * @generated
 */
public interface Codebook extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sameboat.model.SameboatPackage#getCodebook_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Codebook#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.sameboat.model.SameboatPackage#getCodebook_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Codebook#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see org.sameboat.model.SameboatPackage#getCodebook_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Codebook#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link org.sameboat.model.Code}.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Code#getCodebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see org.sameboat.model.SameboatPackage#getCodebook_Codes()
	 * @see org.sameboat.model.Code#getCodebook
	 * @model opposite="codebook" containment="true"
	 * @generated
	 */
	EList<Code> getCodes();

} // Codebook
